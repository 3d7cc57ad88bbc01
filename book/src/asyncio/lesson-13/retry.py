import asyncio
import time

UNIT = 0.1  # one unit of time, in seconds
started = time.monotonic()


def now():
    """Whole units of time since the start."""
    return round((time.monotonic() - started) / UNIT)


class FetchError(Exception):
    pass


class Timeout(FetchError):
    def __str__(self):
        return "timed out"


class Status(FetchError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return f"server answered {self.code}"


# ANCHOR: retry
def is_transient(error):
    return isinstance(error, Timeout) or (isinstance(error, Status) and error.code >= 500)


async def with_retry(attempts, backoff, answers):
    """Tries the scripted (units, answer) pairs in turn, doubling the wait."""
    wait = backoff
    for attempt, (units, answer) in enumerate(answers[:attempts], start=1):
        await asyncio.sleep(units * UNIT)
        if not isinstance(answer, Exception):
            return answer
        if attempt == attempts or not is_transient(answer):
            raise RuntimeError(f"gave up after attempt {attempt}") from answer
        print(f"{now()}: attempt {attempt}: {answer}, worth another try after {wait}")
        await asyncio.sleep(wait * UNIT)
        wait *= 2
# ANCHOR_END: retry


# ANCHOR: main
async def main():
    global started
    answer = await with_retry(4, 1, [(2, Timeout()), (1, Status(502)), (1, "ok")])
    print(f"{now()}: {answer!r}")
    started = time.monotonic()
    try:
        await with_retry(4, 1, [(1, Status(404)), (1, "never asked")])
    except RuntimeError as error:
        print(f"{now()}: {error}: {error.__cause__}")
# ANCHOR_END: main


asyncio.run(main())
