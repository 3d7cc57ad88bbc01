import asyncio
import time

UNIT = 0.1  # one unit of time, in seconds


def units_since(start):
    """Whole units since start. Timers never fire early, but on a busy machine
    they fire late: up to 0.8 of a unit late still counts as on time."""
    return int((time.monotonic() - start) / UNIT + 0.2)


# ANCHOR: all
async def chop(name, units):
    await asyncio.sleep(units * UNIT)
    return name


async def already_chopped(name):
    return name  # no await at all: the result is there on the first step


async def try_within(label, work, limit):
    start = time.monotonic()
    try:
        result = await asyncio.wait_for(work, limit * UNIT)
        print(f"{label}: {result!r} at {units_since(start)}")
    except TimeoutError:
        print(f"{label}: TimeoutError at {units_since(start)}")


async def main():
    await try_within("4 units of work, limit 5", chop("tomato", 4), 5)
    await try_within("4 units of work, limit 4", chop("tomato", 4), 4)
    await try_within("no waiting at all, limit 0", already_chopped("tomato"), 0)
# ANCHOR_END: all

asyncio.run(main())
