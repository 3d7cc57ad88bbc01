import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Whole units since the start. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# ANCHOR: all
PAGES = [["a", "b"], ["c", "d"], ["e"]]


async def fetch_page(number):
    print(f"{units()}: fetching page {number}")
    await asyncio.sleep(UNIT)
    next_page = number + 1 if number + 1 < len(PAGES) else None
    return PAGES[number], next_page


async def items():
    page = 0
    try:
        while page is not None:
            found, page = await fetch_page(page)
            for item in found:
                yield item
    finally:
        print(f"{units()}: the generator is closed")


async def main():
    async for item in items():
        print(f"{units()}: using {item}")
        await asyncio.sleep(UNIT)  # using it takes a unit
    print(f"{units()}: all used")

    agen = items()
    async for item in agen:
        print(f"{units()}: got {item}")
        if item == "b":
            break
    print(f"{units()}: left the loop after two items")
    await asyncio.sleep(UNIT)
    print(f"{units()}: still open, waiting at its yield")
    await agen.aclose()
# ANCHOR_END: all

asyncio.run(main())
