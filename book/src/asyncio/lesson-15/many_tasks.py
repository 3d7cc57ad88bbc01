import asyncio
import resource
import sys
import time


# ANCHOR: all
async def one(n):
    await asyncio.sleep(0.01)  # 10 ms
    return n


async def spawn_and_join(count):
    """Creates `count` tasks that each sleep 10 ms, and gathers them."""
    tasks = [asyncio.create_task(one(n)) for n in range(count)]
    results = await asyncio.gather(*tasks)
    assert sum(results) == count * (count - 1) // 2, "a task's result went missing"
    return len(results)
# ANCHOR_END: all


def main():
    if sys.argv[1:2] == ["--measure"]:
        # What the lesson program runs: prints SECONDS PEAK_KIB.
        count = int(sys.argv[2])
        began = time.perf_counter()
        asyncio.run(spawn_and_join(count))
        took = time.perf_counter() - began
        # ru_maxrss is in KiB on Linux (in bytes on macOS).
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(took, peak if sys.platform == "linux" else 0)
    else:
        done = asyncio.run(spawn_and_join(1000))
        print(f"{done} tasks spawned and joined, every result back")


main()
