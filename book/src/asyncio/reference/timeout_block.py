import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Whole units since the start. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# ANCHOR: all
async def step(name):
    await asyncio.sleep(2 * UNIT)
    print(f"{units()}  {name} done")


async def main():
    try:
        async with asyncio.timeout(5 * UNIT):  # one deadline for all three steps
            await step("step 1")
            await step("step 2")
            await step("step 3")
    except TimeoutError:
        print(f"{units()}  TimeoutError: step 3 had 1 unit left of the 5")
# ANCHOR_END: all

asyncio.run(main())
