import asyncio
import time

UNIT = 0.1  # one unit of time, in seconds
started = time.monotonic()


def now():
    """Whole units of time since the start."""
    return round((time.monotonic() - started) / UNIT)


class Status(Exception):
    def __str__(self):
        return f"server answered {self.args[0]}"


# ANCHOR: job
async def job(name, units, ending):
    await asyncio.sleep(units * UNIT)
    if ending == "crash":
        {}[name]  # a bug: a KeyError, an exception like any other
    if isinstance(ending, Exception):
        raise ending
    return ending


async def named(name, units, ending):
    """The job, with a note on its exception saying which task it was."""
    try:
        return await job(name, units, ending)
    except Exception as error:
        error.add_note(f"in task {name}")
        raise
# ANCHOR_END: job


JOBS = [("A", 3, 10), ("B", 2, Status(503)), ("C", 1, "crash"), ("D", 1, Status(404)), ("E", 2, 50)]


# ANCHOR: taskgroup
async def with_taskgroup():
    try:
        async with asyncio.TaskGroup() as group:
            for name, units, ending in JOBS:
                group.create_task(named(name, units, ending))
    except* Exception as failures:
        print(f"{now()}: TaskGroup: {len(failures.exceptions)} failures, the rest cancelled")
        for error in failures.exceptions:
            print(f"  {error.__notes__[0]}: {type(error).__name__}: {error}")
# ANCHOR_END: taskgroup


# ANCHOR: gather
async def every_failure():
    outcomes = await asyncio.gather(
        *(named(name, units, ending) for name, units, ending in JOBS), return_exceptions=True
    )
    values = [outcome for outcome in outcomes if not isinstance(outcome, Exception)]
    failures = [outcome for outcome in outcomes if isinstance(outcome, Exception)]
    print(f"{now()}: values {values}; {len(failures)} failures, in job order:")
    for error in failures:
        print(f"  {error.__notes__[0]}: {type(error).__name__}: {error}")
# ANCHOR_END: gather


async def main():
    global started
    await with_taskgroup()
    started = time.monotonic()
    await every_failure()


asyncio.run(main())
