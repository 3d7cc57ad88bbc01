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
/// drops, or no answer comes within [`TIME_LIMIT`]) return `(0, url)`, and
/// never panic. Read the status only, never the body. Send through `client`,
/// not a client of your own: four requests in turn with one client must
/// reach the server over one connection.
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
/// 2 units with `at_most` 3 take 6 units, and the server sees 3 requests
/// at once, never more. A request starts as soon as one in flight ends, not
/// in waves: with `at_most` 2, one URL of 8 units and four of 1 unit take 8
/// units, the quick ones one after another beside the slow one (waves of 2
/// would take 10). A shared client keeps its connections open, so nine
/// requests 3 at a time need only 3 connections; a client per request opens
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
/// tries and return the result of the last, with no pause after it; with
/// `attempts` 0 or 1, make exactly one try. Any other status is final:
/// return it at once.
///
/// asyncio: `for attempt in range(attempts):` with
/// `await asyncio.sleep(pause)` and `pause *= 2` between tries.
/// Expect: a server that fails twice and then answers 200 gives
/// `(200, url)` after 3 requests and pauses of 1 and 2 units; a 404, a 400
/// or a 499 is asked for once; a 503 with 2 attempts gives `(503, url)`
/// after 2 requests; a connection that always drops gives `(0, url)` after
/// `attempts` requests (4 attempts: pauses of 1, 2 and 4 units, 7 in all).
pub async fn fetch_with_retry(client: &Client, url: &str, attempts: u32) -> (u16, String) {
    todo!()
}
// ANCHOR_END: fetch_with_retry
