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


async def job(name, units, fail=False):
    await asyncio.sleep(units * UNIT)
    if fail:
        raise ValueError("oops!")
    return name


# ANCHOR: all
async def roll_back():
    await asyncio.sleep(1 * UNIT)


async def slow_job():
    try:
        await asyncio.sleep(10 * UNIT)
    except asyncio.CancelledError:
        print(f"slow: cancelled at {now()}, rolling back")
        await roll_back()  # takes 1 unit; the group waits for it
        print(f"slow: rolled back at {now()}")
        raise


async def main():
    reset_clock()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("task 1", 1))
            tg.create_task(job("task 2", 2, fail=True))
            tg.create_task(slow_job())
    except* ValueError as group:
        print(f"caught at {now()}, not 2: {group.exceptions}")
# ANCHOR_END: all


asyncio.run(main())
