import asyncio
import time

UNIT = 0.1  # one unit of time, in seconds


def units_since(start):
    """Whole units since start. Timers never fire early, but on a busy machine
    they fire late: up to 0.8 of a unit late still counts as on time."""
    return int((time.monotonic() - start) / UNIT + 0.2)


# ANCHOR: all
async def note(steps, step):
    steps.append(step)  # an async def with no await inside: it never suspends


async def blocking_steps(steps, suspends):
    for step in range(1, 6):
        time.sleep(UNIT)  # a unit of blocking work: the loop can do nothing else
        if suspends:
            await asyncio.sleep(0)  # suspends: the loop runs what is due
        await note(steps, step)  # an await, but the loop gets no turn
    return "finished"


async def main():
    for suspends in (False, True):
        start = time.monotonic()
        steps = []
        task = asyncio.create_task(blocking_steps(steps, suspends))
        asked = []
        # The cancellation is due at 1.5 units, in the middle of step 2.
        asyncio.get_running_loop().call_later(
            1.5 * UNIT, lambda: asked.append((units_since(start), task.cancel()))
        )
        try:
            ending = await task
        except asyncio.CancelledError:
            ending = "cancelled"
        ended_at = units_since(start)
        await asyncio.sleep(0)  # one more turn of the loop, so the cancel() has run
        at, accepted = asked[0]
        print(f"suspends={suspends}: cancel() ran at {at} and returned {accepted}; "
              f"steps done: {steps}; {ending} at {ended_at}")
# ANCHOR_END: all

asyncio.run(main())
