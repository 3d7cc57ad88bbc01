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
    print(f"{units()}  {name} finished")
    return name


async def main():
    a = asyncio.create_task(job("A", 1))
    b = asyncio.create_task(job("B", 2, fail=True))
    c = asyncio.create_task(job("C", 3))
    try:
        await asyncio.gather(a, b, c)
    except ValueError as error:
        print(f"{units()}  gather raised ValueError: {error}")
    print(f"C cancelled? {c.cancelled()}; C done? {c.done()}")
    result = await c  # C kept running after gather raised
    print(f"{units()}  awaiting C gives {result!r}")
# ANCHOR_END: all

asyncio.run(main())
