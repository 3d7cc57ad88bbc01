import asyncio
import gc

UNIT = 0.1  # one unit of time, in seconds


# ANCHOR: all
async def vacuum():
    await asyncio.sleep(UNIT)
    raise RuntimeError("the vacuum cleaner broke")


def report(loop, context):  # the default handler logs this to stderr
    print(f"event loop: {context['message']}: {context['exception']!r}")


async def main():
    asyncio.get_running_loop().set_exception_handler(report)

    task = asyncio.create_task(vacuum())
    try:
        await task  # the task's exception is raised again here
    except RuntimeError as error:
        print(f"await task raised {error!r}")

    forgotten = asyncio.create_task(vacuum())
    await asyncio.sleep(2 * UNIT)
    print(f"main goes on; the forgotten task is done: {forgotten.done()}")
    del forgotten  # the last reference: the task is garbage now
    gc.collect()
    print("main ends")


asyncio.run(main())
# ANCHOR_END: all
