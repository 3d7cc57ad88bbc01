import asyncio


# ANCHOR: all
async def ticker(log):
    for _ in range(3):
        log.append("tick")
        await asyncio.sleep(0)


async def count(log, name, polite):
    for n in range(3):
        log.append(f"{name} {n}")  # a step of work that never waits
        if polite:
            await asyncio.sleep(0)  # give the loop back: tokio's yield_now()


async def main():
    for polite in (False, True):
        log = []
        await asyncio.gather(count(log, "count", polite), ticker(log))
        print(f"{'with' if polite else 'without'} sleep(0): {log}")
# ANCHOR_END: all

asyncio.run(main())
