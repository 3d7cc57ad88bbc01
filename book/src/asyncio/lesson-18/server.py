import asyncio
import os
import signal
import time

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine
start = time.monotonic()


def units():
    """Whole units since the start. A timer may fire a hair early, or late on a
    busy machine: this allows 0.1 unit early and 0.9 unit late."""
    return int((time.monotonic() - start) / UNIT + 0.1)


# ANCHOR: handle
connections = set()  # start_server does not keep its handlers' tasks: we do


async def handle(reader, writer):
    connections.add(asyncio.current_task())
    try:
        while line := await reader.readline():
            units_of_work = int(line)
            await asyncio.sleep(units_of_work * UNIT)  # the job
            writer.write(f"ok {units_of_work}\n".encode())
            await writer.drain()
    except asyncio.CancelledError:
        pass  # cut short: end quietly, or start_server logs the cancellation as an error
    finally:
        writer.close()
# ANCHOR_END: handle


async def client(port, jobs):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for job in jobs:
        writer.write(f"{job}\n".encode())
    writer.write_eof()
    answers = [line.decode().strip() async for line in reader]
    writer.close()
    return answers


# ANCHOR: main
async def main():
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    clients = [asyncio.create_task(client(port, jobs)) for jobs in (["2"], ["50"])]

    await asyncio.sleep(UNIT)
    os.kill(os.getpid(), signal.SIGTERM)  # what `kill PID` does
    await stop.wait()
    print(f"{units()}: SIGTERM; no longer accepting")
    server.close()
    done, pending = await asyncio.wait(connections, timeout=3 * UNIT)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print(f"{units()}: {len(done)} finished, {len(pending)} cut short")
    print("answers:", [await answers for answers in clients])
# ANCHOR_END: main

asyncio.run(main())
