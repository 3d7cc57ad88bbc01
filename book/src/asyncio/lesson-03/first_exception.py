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
    try:
        await asyncio.gather(fetch("A", 3), fetch("B", 1, fail=True), fetch("C", 2))
    except ValueError as error:
        print(f"caught {error!r} at {now()}")
    # gather did not cancel A and C: wait, and watch them finish
    await asyncio.sleep(3 * UNIT)
    print(f"main ends at {now()}")
# ANCHOR_END: main


asyncio.run(main())
