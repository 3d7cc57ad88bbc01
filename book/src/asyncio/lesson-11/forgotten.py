import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Whole units since the start. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# ANCHOR: all
cut_short = []


async def save(name, units_):
    try:
        await asyncio.sleep(units_ * UNIT)
        print(f"{units()}  {name} saved")
    except asyncio.CancelledError:
        cut_short.append(f"{name} at {units()}")  # asyncio.run is ending
        raise


async def main():
    for name, units_ in [("notes", 1), ("photos", 3), ("music", 4)]:
        asyncio.create_task(save(name, units_))  # started, never awaited
    await asyncio.sleep(2 * UNIT)  # main's own work
    print(f"{units()}  main returns")


asyncio.run(main())
print(f"cancelled half way when asyncio.run ended: {sorted(cut_short)}")
# ANCHOR_END: all


# ANCHOR: kept
async def main_kept():
    saves = [asyncio.create_task(save(name, units_))
             for name, units_ in [("notes", 1), ("photos", 3), ("music", 4)]]
    await asyncio.sleep(2 * UNIT)  # main's own work
    await asyncio.gather(*saves)  # keep the tasks, and await them
    print(f"{units()}  main returns")
# ANCHOR_END: kept

print("-- with the tasks kept and awaited --")
cut_short.clear()
start = time.monotonic()
asyncio.run(main_kept())
print(f"cancelled half way: {sorted(cut_short)}")
