import asyncio
import time
import warnings

UNIT = 0.1  # one unit of time, in seconds
started = time.monotonic()


def reset_clock():
    global started
    started = time.monotonic()


def now():
    """Whole units of time since the clock was reset."""
    return round((time.monotonic() - started) / UNIT)


# ANCHOR: all
async def cook(dish, units):
    print(f"{dish}: starts cooking at {now()}")
    await asyncio.sleep(units * UNIT)
    return dish


async def main():
    reset_clock()
    soup = cook("soup", 2)  # builds a coroutine object; runs nothing
    print(f"created at {now()}: a {type(soup).__name__}")
    await asyncio.sleep(2 * UNIT)
    print(f"{await soup} ready at {now()}")  # the body ran only when awaited

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cook("bread", 4)  # never awaited: thrown away at once
    for warning in caught:
        print(f"{warning.category.__name__}: {warning.message}")


asyncio.run(main())
# ANCHOR_END: all
