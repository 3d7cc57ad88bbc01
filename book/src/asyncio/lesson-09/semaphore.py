import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Whole units since the start. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# ANCHOR: all
in_flight = 0
busiest = 0


async def download(name, units=1):
    global in_flight, busiest
    in_flight += 1
    busiest = max(busiest, in_flight)
    try:
        await asyncio.sleep(units * UNIT)
        return name
    finally:
        in_flight -= 1


async def limited(sem, name):
    async with sem:  # waits for a permit; gives it back on every way out
        return await download(name)


async def main():
    sem = asyncio.Semaphore(3)
    files = [f"file {n:02}" for n in range(1, 11)]
    print(await asyncio.gather(*(limited(sem, f) for f in files)))
    print(f"all ten done after {units()} units, at most {busiest} in flight")
# ANCHOR_END: all

asyncio.run(main())
