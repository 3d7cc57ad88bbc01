import asyncio
import contextvars

# ANCHOR: all
request_id = contextvars.ContextVar("request_id", default=None)


async def lookup(item):
    await asyncio.sleep(0.01)
    return f"{item} for request {request_id.get()}"


async def handle_request(items):
    # create_task copies the current context into the task: each lookup
    # sees the request id without being given it.
    tasks = [asyncio.create_task(lookup(item)) for item in items]
    return await asyncio.gather(*tasks)


async def serve(id, items):
    request_id.set(id)  # this task's context only
    return await handle_request(items)


async def main():
    # Two requests at once, each in a task with its own copy of the context.
    results = await asyncio.gather(serve(7, ["cart", "user"]), serve(8, ["stock"]))
    for lines in results:
        print(lines)
# ANCHOR_END: all

asyncio.run(main())
