import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Whole units since the start. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# ANCHOR: all
async def numbers(name):
    try:
        for number in range(1, 4):
            yield number
    finally:
        print(f"{units()}: {name}: finally, closed")


async def main():
    # Nothing but the loop holds this generator.
    async for number in numbers("unnamed"):
        break
    print(f"{units()}: left the loop over numbers('unnamed')")
    await asyncio.sleep(UNIT)
    print(f"{units()}: a unit later")

    # Here a variable holds it too.
    kept = numbers("kept")
    async for number in kept:
        break
    print(f"{units()}: left the loop over kept")
    await asyncio.sleep(UNIT)
    print(f"{units()}: a unit later, kept is still open")
    await kept.aclose()
# ANCHOR_END: all

asyncio.run(main())
