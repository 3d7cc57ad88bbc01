import asyncio
import time

UNIT = 0.1  # one unit of time, in seconds


def units_since(start):
    return round((time.monotonic() - start) / UNIT)


# ANCHOR: all
async def cook(dish, units):
    await asyncio.sleep(units * UNIT)  # waiting, not working
    return dish


async def main():
    start = time.monotonic()
    await cook("rice", 3)  # one after another
    await cook("vegetables", 5)
    await cook("meat", 8)
    print(f"one after another: {units_since(start)} units (3 + 5 + 8)")

    start = time.monotonic()
    ready = await asyncio.gather(  # all at once
        cook("rice", 3), cook("vegetables", 5), cook("meat", 8))
    print(f"all at once: {units_since(start)} units (the longest dish)")
    print(ready)  # argument order


asyncio.run(main())
# ANCHOR_END: all
