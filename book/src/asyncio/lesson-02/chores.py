import asyncio
import time

UNIT = 0.1  # one unit of time, in seconds
started = time.monotonic()


def reset_clock():
    global started
    started = time.monotonic()


def now():
    """Whole units of time since the clock was reset."""
    return round((time.monotonic() - started) / UNIT)


# ANCHOR: all
async def chore(name, units):
    print(f"{name} starts at {now()}")
    await asyncio.sleep(units * UNIT)
    print(f"{name} done at {now()}")
    return name


async def main():
    reset_clock()
    a = asyncio.create_task(chore("A: laundry", 5))
    b = asyncio.create_task(chore("B: dishes", 2))
    await a  # both tasks run while main waits for A
    print(f"await a returned at {now()}")
    await b  # B was done at 2: returns at once
    print(f"await b returned at {now()}")
    c = asyncio.create_task(chore("C: ironing", 7))  # created at 5
    await c
    print(f"await c returned at {now()}")


asyncio.run(main())
# ANCHOR_END: all
