import asyncio
import time

UNIT = 0.1  # one unit of time, in seconds


def units_since(start):
    """Whole units since start. Timers never fire early, but on a busy machine
    they fire late: up to 0.8 of a unit late still counts as on time."""
    return int((time.monotonic() - start) / UNIT + 0.2)


# ANCHOR: all
async def weigh(pieces, piece):
    pieces.append(piece)  # an async def with no await inside: it never suspends


async def chop_by_hand(pieces, suspends):
    for piece in range(1, 6):
        time.sleep(UNIT)  # a unit of blocking work: the loop can do nothing else
        if suspends:
            await asyncio.sleep(0)  # suspends: the loop gets a turn
        await weigh(pieces, piece)  # an await, but the loop gets no turn
    return "all 5 pieces"


async def main():
    for suspends in (False, True):
        start = time.monotonic()
        pieces = []
        try:
            async with asyncio.timeout(2 * UNIT):
                outcome = await chop_by_hand(pieces, suspends)
        except TimeoutError:
            outcome = "TimeoutError"
        print(f"limit 2, suspends={suspends}: {outcome} at {units_since(start)}, "
              f"pieces weighed: {pieces}")
# ANCHOR_END: all

asyncio.run(main())
