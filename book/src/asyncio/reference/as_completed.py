import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Whole units since the start. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# ANCHOR: all
async def fetch(name, units_):
    await asyncio.sleep(units_ * UNIT)
    return name


async def main():
    for next_done in asyncio.as_completed([fetch("A", 3), fetch("B", 1), fetch("C", 2)]):
        name = await next_done
        print(f"{units()}  {name}")
# ANCHOR_END: all

asyncio.run(main())
