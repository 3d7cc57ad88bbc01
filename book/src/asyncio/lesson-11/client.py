import asyncio
import time

UNIT = 0.15  # one unit of time, in seconds: long enough for a busy machine


def units_since(began):
    """Whole units since `began`. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - began) / UNIT + 0.1)


# ANCHOR: all
class Client:
    """Stands in for aiohttp.ClientSession: it owns a connection pool (here
    one connection), opened by the first request and reused by the rest."""

    opened = 0  # connections opened, by every client together

    def __init__(self):
        self.connecting = None

    async def get(self, page):
        if self.connecting is None:
            self.connecting = asyncio.create_task(self.connect())
        await self.connecting  # a second request waits for the same one
        await asyncio.sleep(UNIT)  # the request itself: 1 unit
        return 200

    async def connect(self):
        Client.opened += 1
        await asyncio.sleep(2 * UNIT)  # a new connection: 2 units


async def worker_new_client_each_time(pages):
    for page in pages:
        await Client().get(page)  # the mistake: a client per request


async def worker_shared(client, pages):
    for page in pages:
        await client.get(page)


async def main():
    pages = [["/a", "/b", "/c"], ["/d", "/e", "/f"]]
    began = time.monotonic()
    await asyncio.gather(*(worker_new_client_each_time(p) for p in pages))
    print(f"a client per request: {Client.opened} connections, {units_since(began)} units")

    Client.opened = 0
    began = time.monotonic()
    client = Client()  # one client, shared by every request
    await asyncio.gather(*(worker_shared(client, p) for p in pages))
    print(f"one shared client:    {Client.opened} connection, {units_since(began)} units")
# ANCHOR_END: all

asyncio.run(main())
