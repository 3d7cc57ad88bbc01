import asyncio
import time
from collections import defaultdict
from urllib.parse import urlsplit

UNIT = 0.1  # one unit of time, in seconds
start = time.monotonic()


def units():
    """Whole units since the start, allowing a timer a little early or late."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# A fake site: url -> (units, status, links). /flaky fails once; /never is silent.
SITE = {
    "http://one.test/": (1, 200, ["http://one.test/a", "http://two.test/", "http://one.test/old"]),
    "http://one.test/a": (2, 200, ["http://one.test/", "http://two.test/x", "http://one.test/never"]),
    "http://one.test/old": (1, 404, []),
    "http://one.test/never": (None, None, []),
    "http://two.test/": (1, 200, ["http://two.test/x", "http://two.test/flaky"]),
    "http://two.test/x": (3, 200, ["http://one.test/a"]),
    "http://two.test/flaky": (1, 503, ["http://two.test/"]),
}
asked = defaultdict(int)


async def fetch(url):
    """One GET: (status, links). Stands in for `session.get(url)`."""
    asked[url] += 1
    wait, status, links = SITE[url]
    if wait is None:
        await asyncio.Event().wait()  # never answers
    await asyncio.sleep(wait * UNIT)
    if url.endswith("/flaky") and asked[url] > 1:
        status = 200
    return status, (links if status < 400 else [])


class BadStatus(Exception):
    pass


# ANCHOR: fetch_page
async def fetch_page(url, limit=10, attempts=3, pause=1):
    try:
        for attempt in range(1, attempts + 1):
            async with asyncio.timeout(limit * UNIT):  # a limit per try
                status, links = await fetch(url)
            if 500 <= status < 600 and attempt < attempts:
                await asyncio.sleep(pause * UNIT)
                pause *= 2
            elif status >= 400:
                raise BadStatus(f"status {status}")
            else:
                return status, links
    except (BadStatus, TimeoutError) as error:
        raise RuntimeError(f"fetching {url}") from error
# ANCHOR_END: fetch_page


# ANCHOR: crawl
async def crawl(start_url, total=4, per_host=1):
    everyone = asyncio.Semaphore(total)
    hosts = defaultdict(lambda: asyncio.Semaphore(per_host))
    found, seen, running = {}, {start_url}, set()

    async def visit(url):
        async with hosts[urlsplit(url).netloc], everyone:
            try:
                status, links = await fetch_page(url)
            except RuntimeError as error:
                found[url] = f"{error}: {str(error.__cause__) or 'timed out'}"
                return
        found[url] = status
        for link in links:
            if link not in seen:
                seen.add(link)
                task = asyncio.create_task(visit(link))
                running.add(task)
                task.add_done_callback(running.discard)

    try:
        await visit(start_url)
        while running:
            await asyncio.gather(*running)
    except asyncio.CancelledError:  # Ctrl-C: keep what was found
        for task in running:
            task.cancel()
        found["stopped"] = True
    return found
# ANCHOR_END: crawl


# ANCHOR: main
async def main():
    found = await crawl("http://one.test/")
    for url, result in sorted(found.items()):
        print(f"{result}" if isinstance(result, str) else f"{result}  {url}")
    print(f"done after {units()} units; /flaky asked {asked['http://two.test/flaky']} times")

    global start
    start = time.monotonic()
    crawling = asyncio.create_task(crawl("http://one.test/"))
    await asyncio.sleep(3.5 * UNIT)
    crawling.cancel()  # what Ctrl-C does to the task
    found = await crawling
    print(f"stopped after {units()} units with {len(found) - 1} pages: {sorted(found)[:-1]}")


asyncio.run(main())
# ANCHOR_END: main
