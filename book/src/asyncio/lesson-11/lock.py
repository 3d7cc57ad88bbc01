import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine


def units_since(began):
    """Whole units since `began`. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - began) / UNIT + 0.1)


# ANCHOR: all
async def fetch_score(name):
    await asyncio.sleep(UNIT)  # 1 unit
    return 10


async def add_holding_the_lock(tally, lock, name):
    async with lock:  # the others wait for the lock during the whole fetch
        tally.append(await fetch_score(name))


async def add(tally, lock, name):
    score = await fetch_score(name)  # fetch first, without the lock...
    async with lock:  # ...then lock only to add
        tally.append(score)


async def main():
    for add_one in (add_holding_the_lock, add):
        tally, lock = [], asyncio.Lock()
        began = time.monotonic()
        await asyncio.gather(*(add_one(tally, lock, name) for name in "ABC"))
        print(f"{add_one.__name__:<20} total {sum(tally)}, done at unit {units_since(began)}")
# ANCHOR_END: all

asyncio.run(main())
