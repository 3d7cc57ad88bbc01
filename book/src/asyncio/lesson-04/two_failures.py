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


async def job(name, units):
    try:
        await asyncio.sleep(units * UNIT)
        return name
    finally:
        print(f"{name}: cleanup at {now()}")


# ANCHOR: all
async def fail_when_rung(bell, error):
    await bell.wait()
    raise error


async def main():
    reset_clock()
    bell = asyncio.Event()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_when_rung(bell, ValueError("oops!")))
            tg.create_task(fail_when_rung(bell, KeyError("no such job")))
            tg.create_task(job("slow", 10))
            await asyncio.sleep(2 * UNIT)
            bell.set()  # both fail in the same instant, before any cancel
    except* ValueError as group:
        print(f"except* ValueError at {now()}: {group.exceptions}")
    except* KeyError as group:
        print(f"except* KeyError at {now()}: {group.exceptions}")
# ANCHOR_END: all


asyncio.run(main())
