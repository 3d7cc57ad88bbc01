import asyncio
import time

UNIT = 0.15  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Whole units since the start. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# ANCHOR: all
async def nap_blocking():
    time.sleep(2 * UNIT)  # the event loop stops: nothing else runs


async def nap():
    await asyncio.sleep(2 * UNIT)  # the loop runs other tasks meanwhile


async def nap_in_a_thread():
    await asyncio.to_thread(time.sleep, 2 * UNIT)  # blocks a worker thread, not the loop


async def three_at_once(label, nap):
    began = units()
    await asyncio.gather(nap(), nap(), nap())
    print(f"{label:<18} three naps of 2 units took {units() - began}")


async def main():
    await three_at_once("time.sleep", nap_blocking)
    await three_at_once("asyncio.sleep", nap)
    await three_at_once("asyncio.to_thread", nap_in_a_thread)
# ANCHOR_END: all

asyncio.run(main())
