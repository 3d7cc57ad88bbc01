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


# ANCHOR: all
REQUESTS = [("A", 3), ("B", 1), ("C", 2)]


async def fetch(name, units):
    try:
        for _ in range(units):  # one piece per unit
            await asyncio.sleep(UNIT)
    except asyncio.CancelledError:
        print(f"  {name}: stopped at {now()}")
        raise
    return name


async def main():
    print("every result as it arrives:")
    now.reset()
    tasks = [asyncio.create_task(fetch(name, units)) for name, units in REQUESTS]
    for next_done in asyncio.as_completed(tasks):
        name = await next_done
        print(f"  {name} at {now()} (one of my tasks: {next_done in tasks})")

    print("the first two, then stop the rest:")
    now.reset()
    tasks = [asyncio.create_task(fetch(name, units)) for name, units in REQUESTS]
    first_two = []
    for next_done in asyncio.as_completed(tasks):
        first_two.append(await next_done)
        if len(first_two) == 2:
            break
    for task in tasks:
        task.cancel()  # A is still running: stop it
    await asyncio.gather(*tasks, return_exceptions=True)  # and wait until it has
    print(f"  {first_two}, returned at {now()}")
# ANCHOR_END: all

asyncio.run(main())
