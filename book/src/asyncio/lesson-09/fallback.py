import asyncio
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Whole units since the start. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# ANCHOR: all
TIME_LIMIT = 2  # units a download may take once it holds a permit
started = {}


async def fetch(name, units_, size):
    started[name] = units()
    await asyncio.sleep(units_ * UNIT)
    if isinstance(size, str):
        raise OSError(f"{name}: {size}")
    return size


async def with_fallback(sem, name, units_, size):
    async with sem:  # the time limit is inside: waiting in line does not count
        try:
            return await asyncio.wait_for(fetch(name, units_, size), TIME_LIMIT * UNIT)
        except (OSError, TimeoutError):
            return 0  # the fallback; `async with` gives the permit back


async def main():
    sem = asyncio.Semaphore(3)
    sizes = await asyncio.gather(
        with_fallback(sem, "index.html", 1, 12),
        with_fallback(sem, "style.css", 1, "404 not found"),
        with_fallback(sem, "video.mp4", 20, 900),  # stalls
        with_fallback(sem, "app.js", 2, 80),  # takes exactly the limit
        with_fallback(sem, "logo.png", 2, 7),  # so does this one
        with_fallback(sem, "font.woff", 1, 3),
    )
    print(sizes)
    print(f"font.woff, the last in line, started at {started['font.woff']} units,")
    print("when video.mp4 ran out of time and gave its permit back")
    print(f"all six done after {units()} units")
# ANCHOR_END: all

asyncio.run(main())
