import asyncio
import time
from collections import deque

UNIT = 0.1  # one unit of time, in seconds
start = time.monotonic()


def units():
    """Whole units since the start (a timer may fire a hair early or late)."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# ANCHOR: channel
class Channel:
    """A bounded queue by hand, as asyncio.Queue is built: a deque of items,
    and a deque of futures for each side that waits."""

    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("a channel needs a capacity of at least 1")
        self.capacity = capacity
        self.items = deque()
        self.getters = deque()  # futures of get() calls waiting for an item
        self.putters = deque()  # futures of put() calls waiting for room
        self.closed = False  # no more puts: the producers are done

    def _wake_next(self, waiters):
        # asyncio.Queue's _wakeup_next: the first waiter not cancelled.
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    async def put(self, item):
        while len(self.items) >= self.capacity:
            putter = asyncio.get_running_loop().create_future()
            self.putters.append(putter)
            try:
                await putter
            except asyncio.CancelledError:
                if putter in self.putters:
                    self.putters.remove(putter)
                elif len(self.items) < self.capacity:
                    self._wake_next(self.putters)  # woken, but leaving: pass it on
                raise
        self.items.append(item)
        self._wake_next(self.getters)

    def close(self):
        """The producers' side is done: getters drain the items, then stop."""
        self.closed = True
        while self.getters:
            self._wake_next(self.getters)

    async def get(self):
        """The next item, or None once closed and empty."""
        while not self.items:
            if self.closed:
                return None
            getter = asyncio.get_running_loop().create_future()
            self.getters.append(getter)
            await getter
        item = self.items.popleft()
        self._wake_next(self.putters)
        return item

    # `async for item in channel`: a Rust Stream's poll_next, in Python.
    def __aiter__(self):
        return self

    async def __anext__(self):
        item = await self.get()
        if item is None:
            raise StopAsyncIteration
        return item
# ANCHOR_END: channel


# ANCHOR: main
async def producer(channel, count):
    for item in range(1, count + 1):
        await channel.put(item)  # waits while the channel is full
        print(f"{units()}  put {item}, {len(channel.items)} in the channel")
    channel.close()  # Rust: the last Sender is dropped
    print(f"{units()}  the producer is done")


async def consumer(name, channel):
    done = []
    async for item in channel:  # ends when the channel is closed and empty
        print(f"{units()}  {name} took {item}")
        await asyncio.sleep(UNIT)  # the work: 1 unit
        done.append(item)
    print(f"{units()}  {name}: the channel is closed and empty")
    return done


async def main():
    channel = Channel(5)
    _, first, second = await asyncio.gather(
        producer(channel, 9), consumer("consumer 1", channel), consumer("consumer 2", channel)
    )
    print(f"consumer 1 did {first}, consumer 2 did {second}")
# ANCHOR_END: main

asyncio.run(main())
