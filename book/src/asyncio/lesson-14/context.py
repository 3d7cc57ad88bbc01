import asyncio
import contextvars
import logging
import sys
import time

UNIT = 0.1  # one unit of time, in seconds
started = time.monotonic()


def now():
    """Whole units of time since the start."""
    return round((time.monotonic() - started) / UNIT)


# ANCHOR: context
url_var = contextvars.ContextVar("url", default="-")


class AddUrl(logging.Filter):
    """Gives every log record the URL of the request it was logged in."""

    def filter(self, record):
        record.url = url_var.get()
        record.units = now()
        return True


logging.basicConfig(stream=sys.stdout, format="%(units)s %(url)s: %(message)s", level=logging.INFO)
log = logging.getLogger("fetch")
log.addFilter(AddUrl())
# ANCHOR_END: context


# ANCHOR: fetch
async def fetch(units):
    log.info("sending")  # like a library's log line, it does not name the URL
    await asyncio.sleep(units * UNIT)
    log.info("received status=200")


async def request(url, units):
    url_var.set(url)  # this coroutine runs in a task with a copy of the context
    await fetch(units)


async def main():
    # gather wraps each coroutine in a task, and each task gets its own copy
    # of the context, so each set() stays in its own request.
    await asyncio.gather(request("/search", 3), request("/home", 1), request("/about", 2))
    log.info("all done")
# ANCHOR_END: fetch


asyncio.run(main())
