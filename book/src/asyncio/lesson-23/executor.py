import asyncio
import heapq
import itertools
from collections import deque


# ANCHOR: loop
class Sleep:
    """What a coroutine awaits to sleep: it yields itself to the loop."""

    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield self


class Loop:
    def __init__(self):
        self.now = 0  # a virtual clock, in units
        self.ready = deque()  # callbacks to run: asyncio's _ready
        self.scheduled = []  # (when, order, callback): asyncio's _scheduled
        self.order = itertools.count()  # ties fire in the order they were set

    def call_later(self, delay, callback):
        heapq.heappush(self.scheduled, (self.now + delay, next(self.order), callback))

    def spawn(self, coro):
        def step():
            try:
                request = coro.send(None)
            except StopIteration:
                return
            if isinstance(request, Sleep):
                self.call_later(request.delay, step)
            else:  # a bare yield: run again, behind what is ready now
                self.ready.append(step)

        self.ready.append(step)

    def run_once(self):
        if not self.ready:  # nothing to do: jump to the next timer
            self.now = self.scheduled[0][0]
        while self.scheduled and self.scheduled[0][0] <= self.now:
            self.ready.append(heapq.heappop(self.scheduled)[2])
        for _ in range(len(self.ready)):  # only what was ready when we began
            self.ready.popleft()()

    def run(self):
        while self.ready or self.scheduled:
            self.run_once()
# ANCHOR_END: loop


# ANCHOR: cook
async def cook(loop, name, units):
    print(f"{loop.now}  {name} on the stove")
    await Sleep(units)
    print(f"{loop.now}  {name} is ready")


loop = Loop()
for name, units in [("rice", 3), ("vegetables", 2), ("meat", 5)]:
    loop.spawn(cook(loop, name, units))
loop.run()
print(f"{loop.now}  the meal is ready")
# ANCHOR_END: cook

# ANCHOR: real
UNIT = 0.05


async def cook_on_asyncio(name, units, done):
    await asyncio.sleep(units * UNIT)
    done.append(name)


async def main():
    done = []
    async with asyncio.TaskGroup() as group:
        for name, units in [("rice", 3), ("vegetables", 2), ("meat", 5)]:
            group.create_task(cook_on_asyncio(name, units, done))
    print(f"asyncio's own loop: ready in the order {', '.join(done)}")


asyncio.run(main())
# ANCHOR_END: real
