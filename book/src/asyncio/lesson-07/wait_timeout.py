import asyncio
import time

UNIT = 0.1  # one unit of time, in seconds


def units_since(start):
    """Whole units since start. Timers never fire early, but on a busy machine
    they fire late: up to 0.8 of a unit late still counts as on time."""
    return int((time.monotonic() - start) / UNIT + 0.2)


# ANCHOR: all
async def download():
    await asyncio.sleep(5 * UNIT)
    return 50


async def main():
    start = time.monotonic()
    task = asyncio.create_task(download())
    reports = 0
    while True:
        done, pending = await asyncio.wait({task}, timeout=2 * UNIT)
        if done:
            break
        reports += 1  # the timeout only stops the waiting, not the download
        print(f"progress report at {units_since(start)}; "
              f"cancelled: {task.cancelled()}")
    print(f"{task.result()} at {units_since(start)}, after {reports} reports")

    coroutine = download()
    try:
        await asyncio.wait({coroutine})  # since Python 3.11: tasks only
    except TypeError as error:
        print(f"TypeError: {error}")
        coroutine.close()  # never started, and now never will be
# ANCHOR_END: all

asyncio.run(main())
