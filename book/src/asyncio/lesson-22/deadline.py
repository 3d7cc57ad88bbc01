import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Units since the start, to the half unit. A timer may fire a hair early,
    or late on a busy machine: this allows 0.1 unit early and 0.4 unit late."""
    return int(((time.monotonic() - start) / UNIT + 0.1) * 2) / 2


async def producer(queue):
    """A message every unit, six in all."""
    for number in range(1, 7):
        await asyncio.sleep(UNIT)
        await queue.put(number)


# ANCHOR: all
async def recreated(queue, limit):
    # The bug: each wait_for gets the whole limit again.
    got = []
    while True:
        try:
            got.append(await asyncio.wait_for(queue.get(), limit))
        except TimeoutError:
            return got


async def kept(queue, limit):
    # One deadline for the loop: each wait gets only the time left.
    deadline = asyncio.get_running_loop().time() + limit
    got = []
    while True:
        left = deadline - asyncio.get_running_loop().time()
        try:
            got.append(await asyncio.wait_for(queue.get(), max(left, 0)))
        except TimeoutError:
            return got


async def with_timeout(queue, limit):
    # The same, said once: asyncio.timeout around the whole loop.
    got = []
    try:
        async with asyncio.timeout(limit):
            while True:
                got.append(await queue.get())
    except TimeoutError:
        return got


async def main():
    global start
    for collect in [recreated, kept, with_timeout]:
        start = time.monotonic()
        queue = asyncio.Queue()
        feeding = asyncio.create_task(producer(queue))
        got = await collect(queue, 3.5 * UNIT)
        print(f"{collect.__name__:>12}: {got} at {units()}")
        feeding.cancel()
# ANCHOR_END: all

asyncio.run(main())
