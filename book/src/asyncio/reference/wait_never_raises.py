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
    await asyncio.sleep(units_ * UNIT)
    if fail:
        raise ValueError(f"{name} failed")
    return name


async def main():
    tasks = {asyncio.create_task(job(name, n, fail=(name == "B")), name=name)
             for name, n in [("A", 3), ("B", 1), ("C", 2)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"{units()}  wait returned, raising nothing")
    print(f"done {sorted(t.get_name() for t in done)}, pending {sorted(t.get_name() for t in pending)}")
    for task in done:
        print(f"{task.get_name()}'s exception, kept in the task: {task.exception()!r}")
    done, pending = await asyncio.wait(pending)  # the pending ones kept running
    print(f"{units()}  then {sorted(t.result() for t in done)} finished; {len(pending)} pending")
# ANCHOR_END: all

asyncio.run(main())
