import asyncio
import time

UNIT = 0.1  # one unit of time, in seconds


# ANCHOR: all
async def chore(name):
    print(f"{name}: starts")
    await asyncio.sleep(UNIT)
    print(f"{name}: ends")


async def main():
    task = asyncio.create_task(chore("laundry"))
    print("main: task created")
    time.sleep(2 * UNIT)  # main keeps the thread for 2 units: no await
    print("main: worked 2 units without an await")
    await asyncio.sleep(0)  # main's first await: the task gets its turn
    print(f"main: back after its first await; task done? {task.done()}")
    await task
    print(f"main: after await task; task done? {task.done()}")


asyncio.run(main())
# ANCHOR_END: all
