# ANCHOR: all
import asyncio
import time

UNIT = 0.05  # one unit of time, in seconds


def units_since(start):
    return round((time.monotonic() - start) / UNIT)


async def fetch(name, units, fail=False):
    await asyncio.sleep(units * UNIT)
    if fail:
        raise ValueError("oops!")
    return {"A": 10, "B": 20, "C": 30}[name]


async def main():
    start = time.monotonic()
    print(await asyncio.gather(fetch("A", 3), fetch("B", 1), fetch("C", 2)))
    print(f"after {units_since(start)} units: argument order, not finishing order")
# ANCHOR_END: all

asyncio.run(main())
