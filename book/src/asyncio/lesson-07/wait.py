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
VALUES = {"A": 10, "B": 20, "C": 30}
ended = {}  # when each job ended


async def job(name, units, fail=False):
    await asyncio.sleep(units * UNIT)
    ended[name] = now()
    if fail:
        raise ValueError(f"{name} failed: oops!")
    return VALUES[name]


def start(c_fails=False):
    now.reset()
    ended.clear()
    return [asyncio.create_task(job("A", 3), name="A"),
            asyncio.create_task(job("B", 1), name="B"),
            asyncio.create_task(job("C", 2, fail=c_fails), name="C")]


def names(tasks):
    return sorted(task.get_name() for task in tasks)  # a set has no order


def outcome(task):
    error = task.exception()  # not raised: only read
    return f"{task.get_name()}: {task.result() if error is None else repr(error)}"


async def main():
    print("FIRST_COMPLETED")
    done, pending = await asyncio.wait(start(), return_when=asyncio.FIRST_COMPLETED)
    print(f"  at {now()}: done {names(done)}, pending {names(pending)}, "
          f"cancelled: {any(task.cancelled() for task in pending)}")
    done, pending = await asyncio.wait(pending)  # ALL_COMPLETED is the default
    print(f"  waited again, at {now()}: done {names(done)}; ended {sorted(ended.items())}")

    print("FIRST_EXCEPTION")
    done, pending = await asyncio.wait(start(c_fails=True),
                                       return_when=asyncio.FIRST_EXCEPTION)
    print(f"  at {now()}: {sorted(map(outcome, done))}, pending {names(pending)}")
    await asyncio.wait(pending)
    print(f"  waited again, at {now()}: {sorted(map(outcome, pending))}")

    print("ALL_COMPLETED")
    done, pending = await asyncio.wait(start(c_fails=True))
    print(f"  at {now()}: {sorted(map(outcome, done))}, pending {names(pending)}")
# ANCHOR_END: all

asyncio.run(main())
