import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Whole units since the start. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# ANCHOR: all
async def sensor():
    for name, after in [("a", 2), ("b", 2), ("c", 2), ("d", 5), ("e", 1)]:
        await asyncio.sleep(after * UNIT)
        yield name


async def main():
    readings = sensor()
    got = []
    while True:
        try:
            got.append(await asyncio.wait_for(anext(readings), 3 * UNIT))
        except TimeoutError:
            print(f"{units()}: too late, after {got}")
            break
        except StopAsyncIteration:
            break
    # Try to go on reading, as if the late one were only skipped:
    try:
        print(await anext(readings))
    except StopAsyncIteration:
        print(f"{units()}: the generator has ended: the timeout cancelled it")
# ANCHOR_END: all

asyncio.run(main())
