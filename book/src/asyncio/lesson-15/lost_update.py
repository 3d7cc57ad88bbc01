import asyncio

UNIT = 0.1  # one unit of time, in seconds


# ANCHOR: all
count = 0


async def add_one():
    global count
    seen = count  # read...
    await asyncio.sleep(UNIT)  # ...let the others run...
    count = seen + 1  # ...and write back what is now out of date


async def main():
    await asyncio.gather(*(add_one() for _ in range(10)))
    print(f"count {count} of 10")
# ANCHOR_END: all

asyncio.run(main())
