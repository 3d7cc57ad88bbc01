import asyncio
import time

UNIT = 0.1  # one unit of time, in seconds


class Clock:
    """Whole units since the last reset(). Timers never fire early, but on a
    busy machine they fire late: up to 0.8 of a unit late counts as on time."""

    def reset(self):
        self.start = time.monotonic()

    def __call__(self):
        return int((time.monotonic() - self.start) / UNIT + 0.2)


now = Clock()


# ANCHOR: all
VEGETABLES = [("brinjal", 2), ("carrot", 3), ("onion", 12), ("tomato", 5)]


async def chop(name, units):
    try:
        await asyncio.sleep(units * UNIT)
    except asyncio.CancelledError:
        print(f"  {name} cancelled at {now()}")
        raise
    return name


async def chop_within(name, units, limit):
    try:
        return await asyncio.wait_for(chop(name, units), limit * UNIT)
    except TimeoutError:
        return f"{name} timed out"


async def main():
    print("a limit of 10 on each vegetable:")
    now.reset()
    print(await asyncio.gather(*(chop_within(n, u, 10) for n, u in VEGETABLES)))
    print(f"  after {now()} units")

    print("a limit of 10 on the whole batch:")
    now.reset()
    try:
        print(await asyncio.wait_for(
            asyncio.gather(*(chop(n, u) for n, u in VEGETABLES)), 10 * UNIT))
    except TimeoutError:
        print(f"  TimeoutError at {now()}: not even the three finished names")
# ANCHOR_END: all

asyncio.run(main())
