import asyncio


class FetchError(Exception):
    """What can go wrong with a request."""


class Timeout(FetchError):
    def __str__(self):
        return "timed out"


class Status(FetchError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return f"server answered {self.code}"


UNIT = 0.01  # one unit of time, in seconds
SERVED = {"/users/ada": (1, "/img/ada.png")}


async def download(path):
    units, answer = SERVED.get(path, (1, Status(404)))
    await asyncio.sleep(units * UNIT)
    if isinstance(answer, Exception):
        raise answer
    return answer


# ANCHOR: context
async def avatar_of(user):
    profile = f"/users/{user}"
    try:
        image = await download(profile)
    except FetchError as error:
        raise RuntimeError(f"downloading {profile}") from error
    try:
        return await download(image)
    except FetchError as error:
        raise RuntimeError(f"downloading {image}") from error


async def show_avatar(user):
    try:
        return await avatar_of(user)
    except Exception as error:
        raise RuntimeError(f"showing the avatar of {user}") from error
# ANCHOR_END: context


# ANCHOR: chain
def chain(error):
    """The exception and its causes, from the outside in."""
    while error is not None:
        yield error
        error = error.__cause__
# ANCHOR_END: chain


# ANCHOR: main
async def main():
    try:
        await show_avatar("ada")
    except Status:
        print("never: the Status is two causes down")
    except RuntimeError as error:
        print(error)
        print(": ".join(str(cause) for cause in chain(error)))
        bottom = list(chain(error))[-1]
        print(f"at the bottom: {bottom!r}, code {bottom.code}")
# ANCHOR_END: main


asyncio.run(main())
