import asyncio
import socket
import time
import urllib.parse

UNIT = 0.1  # one unit of time, in seconds
TIME_LIMIT = 10  # units a check may take


def units_since(began):
    """Whole units since `began`. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - began) / UNIT + 0.1)


# ANCHOR: server
finished = asyncio.Event()  # set when the checks are done: the server stops
handlers = set()  # the server's tasks, one per connection


async def pause(units):
    """Waits `units`, or less if the checks are done meanwhile."""
    try:
        await asyncio.wait_for(finished.wait(), units * UNIT)
    except TimeoutError:
        pass


async def serve(reader, writer):
    """The local test server: the request line says what to do."""
    handlers.add(asyncio.current_task())
    request = await reader.readline()
    path = request.split()[1].decode()
    await reader.readuntil(b"\r\n\r\n")  # the headers, ignored
    status = 200
    if path.startswith("/status/"):
        status = int(path.removeprefix("/status/"))
    elif path.startswith("/slow/"):
        await pause(int(path.removeprefix("/slow/")))
    elif path == "/silent":
        await finished.wait()  # reads the request and never answers
    if path != "/hang-up" and not finished.is_set():  # /hang-up: close, no word
        writer.write(f"HTTP/1.1 {status} -\r\nContent-Length: 0\r\n\r\n".encode())
        await writer.drain()
    writer.close()
# ANCHOR_END: server


# ANCHOR: check
async def get_status(url):
    """A bare HTTP/1.1 GET over a new connection; the status of the answer."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise ValueError(f"not a URL: {url}")
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port or 80)
    try:
        writer.write(f"GET {parts.path or '/'} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
                     "Connection: close\r\n\r\n".encode())
        status_line = await reader.readline()  # b"" if the server hung up
        if not status_line:
            raise ConnectionError("the server closed the connection")
        return int(status_line.split()[1])  # the body is never read
    finally:
        writer.close()


async def fetch_status(url):
    try:
        status = await asyncio.wait_for(get_status(url), TIME_LIMIT * UNIT)
    except (OSError, ValueError, TimeoutError):
        status = 0  # malformed URL, refused, hung up, or too slow
    return status, url


async def check_all(urls, at_most=8):
    sem = asyncio.Semaphore(at_most)

    async def limited(url):
        async with sem:
            began = time.monotonic()
            status, url = await fetch_status(url)
            return status, url, units_since(began)

    return await asyncio.gather(*(limited(url) for url in urls))
# ANCHOR_END: check


def free_port():
    """A loopback port where nothing listens (bound once, then let go)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# ANCHOR: main
async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", 0)  # port 0: any free port
    base = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    paths = ["/ok", "/status/404", "/status/503", "/slow/1", "/slow/3", "/slow/6",
             "/slow/12", "/silent", "/hang-up", "/ok?again"]
    shown = {base + path: path for path in paths}  # the port differs each run
    shown[f"http://127.0.0.1:{free_port()}/"] = "a port where nothing listens"
    shown["http//127.0.0.1/missing-colon"] = "http//127.0.0.1/missing-colon"
    began = time.monotonic()
    async with server:
        results = await check_all(list(shown))
        finished.set()
        await asyncio.wait(handlers)  # let every connection's task end
    print("status  units  URL")
    for status, url, took in results:
        print(f"{status:>6}  {took:>5}  {shown[url]}")
    print(f"{len(results)} URLs checked in {units_since(began)} units, "
          f"where one after another they would take {sum(r[2] for r in results)}")
# ANCHOR_END: main

asyncio.run(main())
