//! Lesson 12: the capstone, a concurrent status checker.
//!
//! Grade with `cargo test lesson12`. These tests send real HTTP requests
//! over real sockets to a [`TestServer`] on 127.0.0.1, so they run on the
//! real clock: one unit is [`UNIT`], 100 ms of real time, and every timing
//! check is a range.

// The helpers these exercises use; read them in `lessons/given/src/lesson12.rs`.
pub use given::lesson12::{Client, FIRST_RETRY_PAUSE, TIME_LIMIT, TestServer, UNIT};

// ANCHOR: fetch_status
/// Send a GET request for `url` with `client` and return the status code of
/// the answer, with the URL: `(200, url)`, `(404, url)`. When there is no
/// status to give (the URL is malformed, nothing listens, the connection
/// drops, or no answer comes within [`TIME_LIMIT`]) return `(0, url)`. Read
/// the status only, never the body.
///
/// asyncio (with aiohttp): `async with session.get(url, timeout=10) as r:
/// return r.status, url`, and `except (aiohttp.ClientError, TimeoutError):
/// return 0, url`.
/// Expect: 404 and 503 are statuses like any other, not errors; a refused,
/// dropped or malformed request gives 0 at once; a server that never answers
/// gives 0 after 10 units; an answer whose body never ends still gives its
/// status at once.
pub async fn fetch_status(client: &Client, url: &str) -> (u16, String) {
    todo!()
}
// ANCHOR_END: fetch_status

// ANCHOR: check_all
/// Check every URL with [`fetch_status`], all at the same time but never
/// more than `at_most` requests in flight, with one client shared by all of
/// them; return the results in the order of `urls`.
///
/// asyncio (with aiohttp): one `aiohttp.ClientSession()` for everything, a
/// `Semaphore(at_most)`, and `gather` over one coroutine per URL that does
/// `async with sem: return await fetch_status(session, url)`.
/// Expect: the batch takes about as long as its slowest URL (or
/// [`TIME_LIMIT`] when a server never answers), not the sum; nine URLs of
/// 2 units with `at_most` 3 take 6 units, and the server never sees more
/// than 3 requests at once. A shared client keeps its connections open, so
/// those nine requests need only 3 connections; a client per request opens
/// nine.
pub async fn check_all(urls: Vec<String>, at_most: usize) -> Vec<(u16, String)> {
    todo!()
}
// ANCHOR_END: check_all

// ANCHOR: fetch_with_retry
/// Like [`fetch_status`], but try again while another try may help: after a
/// 0 (no answer) or a server error (500 to 599). Pause
/// [`FIRST_RETRY_PAUSE`] before the second try and twice as long as the
/// pause before each later one (1, 2, 4 units...). Make at most `attempts`
/// tries (at least one) and return the result of the last. Any other status
/// is final: return it at once.
///
/// asyncio: `for attempt in range(attempts):` with
/// `await asyncio.sleep(pause)` and `pause *= 2` between tries.
/// Expect: a server that fails twice and then answers 200 gives
/// `(200, url)` after 3 requests and pauses of 1 and 2 units; a 404 is asked
/// for once; a connection that always drops gives `(0, url)` after
/// `attempts` requests.
pub async fn fetch_with_retry(client: &Client, url: &str, attempts: u32) -> (u16, String) {
    todo!()
}
// ANCHOR_END: fetch_with_retry
