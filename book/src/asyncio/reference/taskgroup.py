import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Whole units since the start. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# ANCHOR: all
async def job(name, units_, fail=False):
    try:
        await asyncio.sleep(units_ * UNIT)
    except asyncio.CancelledError:
        print(f"{units()}  {name} cancelled; its cleanup runs")
        raise
    if fail:
        raise ValueError(f"{name}: oops!")
    print(f"{units()}  {name} finished")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("task 1", 1))
            tg.create_task(job("task 2", 2, fail=True))
            tg.create_task(job("slow", 5))
    except* ValueError as group:  # every failure of the group, together
        print(f"{units()}  {type(group).__name__}: {[str(e) for e in group.exceptions]}")
# ANCHOR_END: all

asyncio.run(main())
