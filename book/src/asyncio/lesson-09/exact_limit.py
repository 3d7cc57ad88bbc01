import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine


# ANCHOR: all
async def download(units):
    await asyncio.sleep(units * UNIT)
    return "done"


async def ready_at_once():
    return "done"  # never waits at all


async def try_it(label, coro, limit):
    try:
        result = await asyncio.wait_for(coro, limit * UNIT)
    except TimeoutError:
        result = "TimeoutError"
    print(f"{label:<32} {result}")


async def main():
    await try_it("2 units of work, limit 3", download(2), 3)
    await try_it("2 units of work, limit 2", download(2), 2)
    await try_it("no waiting at all, limit 0", ready_at_once(), 0)
# ANCHOR_END: all

asyncio.run(main())
