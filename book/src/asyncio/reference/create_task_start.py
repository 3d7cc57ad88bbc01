import asyncio


# ANCHOR: all
async def child():
    print("child: starts")


async def main():
    task = asyncio.create_task(child())
    print("main: task created, child has not run yet")
    await asyncio.sleep(0)  # main's next await: now the child runs
    print(f"main: after the await, child done? {task.done()}")
# ANCHOR_END: all

asyncio.run(main())
