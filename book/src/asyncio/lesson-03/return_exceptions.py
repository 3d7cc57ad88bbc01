import asyncio
import time

UNIT = 0.1  # one unit of time, in seconds
started = time.monotonic()


def reset_clock():
    global started
    started = time.monotonic()


def now():
    """Whole units of time since the clock was reset."""
    return round((time.monotonic() - started) / UNIT)


async def fetch(name, units, fail=False):
    await asyncio.sleep(units * UNIT)
    if fail:
        print(f"{name} fails at {now()}")
        raise ValueError("oops!")
    print(f"{name} done at {now()}")
    return {"A": 10, "B": 20, "C": 30}[name]


# ANCHOR: main
async def main():
    reset_clock()
    results = await asyncio.gather(
        fetch("A", 3), fetch("B", 1, fail=True), fetch("C", 2),
        return_exceptions=True)
    print(f"gather returned at {now()}: {results}")  # the error in B's place
# ANCHOR_END: main


asyncio.run(main())
