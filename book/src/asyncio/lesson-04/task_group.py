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
async def job(name, units, fail=False):
    try:
        await asyncio.sleep(units * UNIT)
        if fail:
            raise ValueError("oops!")
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled at {now()}")
        raise
    finally:
        print(f"{name}: cleanup at {now()}")  # on every way out


async def main():
    reset_clock()
    try:
        async with asyncio.TaskGroup() as tg:
            one = tg.create_task(job("task 1", 1))
            tg.create_task(job("task 2", 2, fail=True))
            slow = tg.create_task(job("slow", 10))
        print("not reached: the block raises")
    except* ValueError as group:
        # every task has ended here, however the block was left
        print(f"caught at {now()}: {group!r}")
    print(f"task 1 result: {one.result()!r}, slow cancelled: {slow.cancelled()}")


asyncio.run(main())
# ANCHOR_END: all
