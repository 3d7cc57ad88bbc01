import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Whole units since the start. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# ANCHOR: event
async def worker(started):
    await asyncio.sleep(4 * UNIT)  # warm up
    print(f"{units()}  worker waits for the signal")
    await started.wait()  # set at 2 already: returns at once
    print(f"{units()}  worker serves")


async def event():
    started = asyncio.Event()
    task = asyncio.create_task(worker(started))
    await asyncio.sleep(2 * UNIT)  # load the configuration
    started.set()  # a flag: it stays set until clear()
    print(f"{units()}  signal set, nobody waiting yet")
    await task
# ANCHOR_END: event


# ANCHOR: future
async def helper(answer):
    await asyncio.sleep(2 * UNIT)
    answer.set_result(42)


async def future():
    answer = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(helper(answer))
    value = await answer  # until set_result: asyncio's oneshot
    print(f"{units()}  answer: {value}")
    await task
# ANCHOR_END: future


# ANCHOR: barrier
async def runner(name, prepare, barrier):
    await asyncio.sleep(prepare * UNIT)
    index = await barrier.wait()
    print(f"{units()}  {name} runs (wait() gave {index})")


async def barrier():
    ready = asyncio.Barrier(3)
    async with asyncio.TaskGroup() as group:
        for name, prepare in [("runner 1", 3), ("runner 2", 1), ("runner 3", 2)]:
            group.create_task(runner(name, prepare, ready))
# ANCHOR_END: barrier


# ANCHOR: condition
async def condition():
    count = 0
    changed = asyncio.Condition()

    async def visit():
        nonlocal count
        await asyncio.sleep(UNIT)
        async with changed:
            count += 1
            changed.notify_all()

    visits = [asyncio.create_task(visit()) for _ in range(3)]
    async with changed:
        await changed.wait_for(lambda: count == 3)  # checks now, then at each notify
    print(f"{units()}  all {count} visits counted")
    await asyncio.gather(*visits)
# ANCHOR_END: condition


async def main():
    global start
    for part in (event, future, barrier, condition):
        start = time.monotonic()
        print(f"-- {part.__name__}")
        await part()


asyncio.run(main())
