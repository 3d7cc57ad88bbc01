import asyncio
import time

UNIT = 0.1  # one unit of time, in seconds


def units_since(start):
    """Whole units since start. Timers never fire early, but on a busy machine
    they fire late: up to 0.8 of a unit late still counts as on time."""
    return int((time.monotonic() - start) / UNIT + 0.2)


# ANCHOR: all
async def worker(start):
    try:
        for _ in range(6):
            print(f"working at {units_since(start)}")
            await asyncio.sleep(UNIT)
        print("all 6 units done")  # never printed: the worker is cancelled
    except asyncio.CancelledError:
        print(f"cleanup at {units_since(start)}")
        await asyncio.sleep(UNIT)  # the cleanup may await: a flush, say
        print(f"flushed at {units_since(start)}")
        raise  # let the canceller see the cancellation


async def main():
    start = time.monotonic()
    task = asyncio.create_task(worker(start))
    await asyncio.sleep(3 * UNIT)
    task.cancel()  # CancelledError is raised at the worker's await
    print(f"cancel() called at {units_since(start)}; done yet: {task.done()}")
    try:
        await task
    except asyncio.CancelledError:
        print(f"the worker was cancelled: {task.cancelled()}, at {units_since(start)}")
# ANCHOR_END: all

asyncio.run(main())
