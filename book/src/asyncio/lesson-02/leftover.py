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
async def ironing():
    try:
        await asyncio.sleep(3600)  # an hour: main will not wait for it
        print("this line never prints")
    except asyncio.CancelledError:
        print(f"ironing: cancelled at {now()}; putting the iron away")
        await asyncio.sleep(1 * UNIT)  # cleanup that awaits still runs
        print(f"ironing: iron put away at {now()}")
        raise  # let the cancellation finish the task


async def main():
    reset_clock()
    asyncio.create_task(ironing())
    await asyncio.sleep(2 * UNIT)
    print(f"main: returns at {now()} without awaiting the ironing")


asyncio.run(main())  # cancels the leftover task and waits for it
print(f"asyncio.run returned at {now()}")
# ANCHOR_END: all
