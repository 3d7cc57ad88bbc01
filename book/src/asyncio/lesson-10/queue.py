import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Whole units since the start. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# ANCHOR: all
async def producer(queue, items):
    for item in items:
        await queue.put(item)  # waits while the queue is full
        print(f"{units()}  put {item}, {queue.qsize()} in the queue")


async def consumer(name, queue, done):
    try:
        while True:  # never ends by itself
            item = await queue.get()
            print(f"{units()}  {name} took {item}")
            await asyncio.sleep(UNIT)  # process it: 1 unit
            done.append(item)
            queue.task_done()
    except asyncio.CancelledError:
        print(f"{units()}  {name} cancelled while waiting for an item")
        raise


async def main():
    queue = asyncio.Queue(maxsize=5)  # room for 5 items; a sixth put waits
    done = []
    consumers = [asyncio.create_task(consumer(f"consumer {n}", queue, done)) for n in (1, 2)]
    items = list(range(1, 10))
    await producer(queue, items)
    print(f"{units()}  the producer is done; {queue.qsize()} items still in the queue")
    await queue.join()  # every item put has had its task_done()
    print(f"{units()}  join() returned: {len(done)} of {len(items)} items processed")
    for task in consumers:
        task.cancel()  # they wait in get() for ever: stop them
    await asyncio.gather(*consumers, return_exceptions=True)
    print(f"processed {sorted(done)}: nothing lost, nothing twice")
    print(f"consumers cancelled: {[task.cancelled() for task in consumers]}")
# ANCHOR_END: all

asyncio.run(main())
