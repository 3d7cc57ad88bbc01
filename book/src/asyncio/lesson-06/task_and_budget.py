import asyncio
import time

UNIT = 0.1  # one unit of time, in seconds


class Clock:
    """Whole units since the last reset(). Timers never fire early, but on a
    busy machine they fire late: up to 0.8 of a unit late counts as on time."""

    def reset(self):
        self.start = time.monotonic()

    def __call__(self):
        return int((time.monotonic() - self.start) / UNIT + 0.2)


now = Clock()
VEGETABLES = [("brinjal", 2), ("carrot", 3), ("onion", 12), ("tomato", 5)]


async def chop(name, units):
    try:
        await asyncio.sleep(units * UNIT)
    except asyncio.CancelledError:
        print(f"  {name} cancelled at {now()}")
        raise
    return name


# ANCHOR: all
async def main():
    print("a limit of 10 on a task created elsewhere:")
    now.reset()
    task = asyncio.create_task(chop("onion", 12))
    try:
        await asyncio.wait_for(task, 10 * UNIT)
    except TimeoutError:
        print(f"  TimeoutError at {now()}; task.cancelled(): {task.cancelled()}")

    print("one budget of 7 for the vegetables in turn:")
    now.reset()
    try:
        async with asyncio.timeout(7 * UNIT):
            for name, units in VEGETABLES:
                print(f"  {name} starts at {now()}")
                await chop(name, units)
    except TimeoutError:
        print(f"  TimeoutError at {now()}")
# ANCHOR_END: all

asyncio.run(main())
