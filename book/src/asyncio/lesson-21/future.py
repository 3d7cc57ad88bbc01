import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Whole units since the start. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# ANCHOR: future
async def set_later():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()  # a box for one result, empty
    loop.call_later(2 * UNIT, fut.set_result, 42)  # the setter, 2 units away
    print(f"{units()}  awaiting the future")
    value = await fut  # yields the future itself to the task
    print(f"{units()}  the future gave {value}")
# ANCHOR_END: future


# ANCHOR: wakeup
async def who_wakes_the_task():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    async def waiter():
        return await fut

    task = asyncio.create_task(waiter())
    await asyncio.sleep(0)  # let the task run up to its await
    # The task, suspended on `fut`, added a done-callback to it: its waker.
    for callback, _context in fut._callbacks:
        print(f"{units()}  fut's callback: {callback.__name__} of the task: "
              f"{callback.__self__ is task}")
    loop.call_later(1 * UNIT, fut.set_result, "done")
    value = await task  # set_result ran the callback: the task was woken
    print(f"{units()}  the task got {value!r}")
# ANCHOR_END: wakeup


async def main():
    await set_later()
    await who_wakes_the_task()


asyncio.run(main())
