import asyncio
import io
import logging
import time
import unittest
from unittest import mock

UNIT = 0.2  # one unit of time, in seconds: long enough for a busy machine


class Service:
    """Starts answering "ready" `after` units from now."""

    def __init__(self, after):
        self.ready_at = asyncio.get_running_loop().time() + after * UNIT

    async def ask(self):
        ready = asyncio.get_running_loop().time() >= self.ready_at
        await asyncio.sleep(UNIT)
        return ready


# ANCHOR: subject
log = logging.getLogger("waiter")


async def wait_until_ready(service):
    """Asks up to 4 times, pausing a unit between asks."""
    for ask in range(1, 5):
        if await service.ask():
            return ask
        log.debug("not ready yet (ask %d)", ask)
        if ask < 4:
            await asyncio.sleep(UNIT)
    return None
# ANCHOR_END: subject


# ANCHOR: real_clock
class RealClock(unittest.IsolatedAsyncioTestCase):
    """Each test waits for real: 7 units here, and no exact time to assert."""

    async def test_gives_up_after_four_asks(self):
        loop = asyncio.get_running_loop()
        start = loop.time()
        self.assertIsNone(await wait_until_ready(Service(after=100)))
        took = (loop.time() - start) / UNIT
        # Only a range: at least 7 units, and more on a busy machine.
        self.assertGreaterEqual(took, 6.9)
        self.assertLess(took, 9)
# ANCHOR_END: real_clock


# ANCHOR: fake_sleep
class FakeSleep(unittest.IsolatedAsyncioTestCase):
    """asyncio.sleep replaced by a mock: instant, and the waits recorded,
    but loop.time() does not move, so the service is never ready."""

    async def test_pauses_between_asks(self):
        with mock.patch("asyncio.sleep", new=mock.AsyncMock()) as sleep:
            service = Service(after=3)
            self.assertIsNone(await wait_until_ready(service))
        # 4 asks and 3 pauses, each a sleep of one unit.
        self.assertEqual(sleep.await_count, 7)
# ANCHOR_END: fake_sleep


# ANCHOR: logs
class Logs(unittest.IsolatedAsyncioTestCase):
    async def test_logs_each_miss(self):
        with self.assertLogs("waiter", level="DEBUG") as captured:
            self.assertEqual(await wait_until_ready(Service(after=3)), 3)
        self.assertEqual(
            captured.output,
            ["DEBUG:waiter:not ready yet (ask 1)", "DEBUG:waiter:not ready yet (ask 2)"],
        )
# ANCHOR_END: logs


# ANCHOR: main
def main():
    for case in (RealClock, FakeSleep, Logs):
        suite = unittest.defaultTestLoader.loadTestsFromTestCase(case)
        started = time.monotonic()
        result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
        took = (time.monotonic() - started) / UNIT
        verdict = "passed" if result.wasSuccessful() else "failed"
        waited = "waited for real" if took >= 2 else "no real waiting"
        print(f"{case.__name__}: {verdict}, {waited}")


main()
# ANCHOR_END: main
