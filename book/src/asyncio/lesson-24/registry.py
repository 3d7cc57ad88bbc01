import asyncio
import time
from typing import Protocol

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Units since the start, to the half unit. A timer may fire a hair early,
    or late on a busy machine: this allows 0.1 unit early and 0.4 unit late."""
    return int(((time.monotonic() - start) / UNIT + 0.1) * 2) / 2


# ANCHOR: all
class Handler(Protocol):
    route: str

    async def handle(self, body: str) -> str: ...


class Search:
    route = "/search"

    async def handle(self, body: str) -> str:
        await asyncio.sleep(2 * UNIT)
        return f"found {body}"


class Shop:
    route = "/shop"

    def __init__(self, stock: int):
        self.stock = stock

    async def handle(self, body: str) -> str:
        await asyncio.sleep(UNIT)
        return f"{self.stock} {body} in stock"


async def dispatch(handlers: list[Handler], requests):
    routes = {handler.route: handler for handler in handlers}

    async def one(route, body):
        if route not in routes:
            return f"404 {route}"
        return await routes[route].handle(body)

    return await asyncio.gather(*(one(route, body) for route, body in requests))


async def main():
    handlers: list[Handler] = [Search(), Shop(3)]
    requests = [("/search", "rust"), ("/nowhere", "x"), ("/shop", "tea")]
    print(await dispatch(handlers, requests), "at", units())
# ANCHOR_END: all

asyncio.run(main())
