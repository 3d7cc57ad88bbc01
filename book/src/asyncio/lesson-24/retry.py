import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Units since the start, to the half unit. A timer may fire a hair early,
    or late on a busy machine: this allows 0.1 unit early and 0.4 unit late."""
    return int(((time.monotonic() - start) / UNIT + 0.1) * 2) / 2


# ANCHOR: all
async def retry(attempts, backoff, make):
    """Awaits make() until it succeeds: a new coroutine for each try."""
    wait = backoff
    for attempt in range(1, max(attempts, 1) + 1):
        try:
            return await make()
        except ConnectionError:
            if attempt == max(attempts, 1):
                raise
        await asyncio.sleep(wait)
        wait *= 2


calls = 0


async def flaky():
    global calls
    calls += 1
    print(f"call {calls} at {units()}")
    await asyncio.sleep(UNIT)
    if calls < 3:
        raise ConnectionError(f"call {calls} failed")
    return f"call {calls} worked"


async def retry_a_coroutine(attempts, coroutine):
    """The mistake: one coroutine object, awaited again on the second try."""
    for _ in range(attempts):
        try:
            return await coroutine
        except ConnectionError:
            pass


async def main():
    global calls, start
    print(await retry(3, 2 * UNIT, flaky), "at", units())
    calls, start = 0, time.monotonic()
    try:
        await retry_a_coroutine(3, flaky())
    except RuntimeError as error:
        print("RuntimeError:", error)
# ANCHOR_END: all

asyncio.run(main())
