import asyncio
import time

UNIT = 0.1  # one unit of time, in seconds


def units_since(start):
    """Whole units since start. Timers never fire early, but on a busy machine
    they fire late: up to 0.8 of a unit late still counts as on time."""
    return int((time.monotonic() - start) / UNIT + 0.2)


# ANCHOR: all
async def fetch(name, units, start):
    await asyncio.sleep(units * UNIT)
    print(f"  {name} finished at {units_since(start)}")
    return name


async def main():
    start = time.monotonic()
    coroutines = [fetch(name, units, start) for name, units in [("A", 3), ("B", 1), ("C", 2)]]
    for next_done in asyncio.as_completed(coroutines):
        print(f"  took {await next_done} at {units_since(start)}, and stopped looking")
        break
    await asyncio.sleep(3 * UNIT)  # the program goes on with something else
    print(f"  at {units_since(start)}: A and C ran to the end in tasks nobody holds")
# ANCHOR_END: all

asyncio.run(main())
