//! Lesson 24: async traits, async closures, and what spawn needs.
//!
//! Grade with `cargo test lesson24`. One unit is one virtual second.
//!
//! Four exercises about the types around async code rather than the code:
//! a registry of `Box<dyn Handler>` whose method returns a boxed future, a
//! retry helper that takes an async closure (`impl AsyncFn`), work over
//! borrowed data run all at once without `tokio::spawn`, and a job that
//! `tokio::spawn` accepts: `Send` and `'static`, so it owns what it uses.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

// The helpers these exercises use; read them in `lessons/given/src/lesson24.rs`.
pub use given::lesson24::{Directory, Handler, Service, UNIT, fetch_size};

// ANCHOR: dispatch
/// Serve every request in `requests`, each a `(route, body)` pair, with the
/// handler in `handlers` whose `route()` is the request's route, all at the
/// same time, and return the replies in the order of `requests`.
///
/// The handlers count as registered in the order of `handlers`: where two
/// serve the same route, the later one replaces the earlier, as a later
/// `routes[route] = handler` does in a Python dict. A request for a route
/// that no handler serves gets the reply `"404 {route}"` (`"404 /nowhere"`)
/// at once, without waiting for anything. Every request gets a call to
/// `handle` of its own, a repeated one too, and every call starts at once:
/// the replies are all there when the slowest handler is done.
///
/// asyncio: a `Protocol` with `async def handle(self, body: str) -> str`,
/// a dict of handlers by route, and `await asyncio.gather(*(routes[route]
/// .handle(body) for route, body in requests))`.
/// Expect: a "search" handler of 2 units and a "shop" one of 3 for
/// `[("/search", "rust"), ("/nowhere", "x"), ("/shop", "tea")]` give
/// `["search: rust", "404 /nowhere", "shop: tea"]` after 3 units.
pub async fn dispatch(handlers: &[Box<dyn Handler>], requests: &[(&str, &str)]) -> Vec<String> {
    todo!()
}
// ANCHOR_END: dispatch

// ANCHOR: retry
/// Call `f` until it returns `Ok`, at most `attempts` times in all, and
/// return what its last call returned: the first `Ok`, or the last `Err`
/// when every call failed.
///
/// `f` is always called at least once: an `attempts` of 0 counts as 1.
/// Between two calls, wait: `backoff` after the first failure, then twice
/// as long after each failure that follows (`backoff`, `2 * backoff`,
/// `4 * backoff`, ...), each wait starting when the failed call returned.
/// After the last call, wait no more: return at once. Each call is a new
/// call of `f` (a new future), never a second await of an old one.
///
/// asyncio: `async def retry(attempts, backoff, make)` that does
/// `await make()` in a loop: it takes the coroutine *function*, since a
/// coroutine object cannot be awaited twice.
/// Expect: calls that fail, fail, then succeed, each taking 1 unit, with 3
/// attempts and a backoff of 2 units: calls at 0, 3 and 8 (waits of 2 and
/// 4), `Ok` at 9.
pub async fn retry<T, E>(
    attempts: u32,
    backoff: Duration,
    f: impl AsyncFn() -> Result<T, E>,
) -> Result<T, E> {
    todo!()
}
// ANCHOR_END: retry

// ANCHOR: look_up_all
/// Look every name in `names` up in `directory` (`directory.look_up(name)`),
/// all at the same time, and return the numbers in the order of `names`:
/// `None` for a name the directory does not have.
///
/// A name listed twice is looked up twice. Both arguments are borrowed, and
/// the test's directory and names live only as long as the test: they are
/// not `'static`, so `tokio::spawn` cannot take a lookup. All the lookups
/// run inside this function's own future instead, and it returns when the
/// slowest one is done.
///
/// asyncio: `await asyncio.gather(*(directory.look_up(name) for name in
/// names))`, where any object can go into a task.
/// Expect: "ann" (3 units) and "bob" (1 unit) give their numbers in that
/// order after 3 units.
pub async fn look_up_all(directory: &Directory, names: &[String]) -> Vec<Option<u32>> {
    todo!()
}
// ANCHOR_END: look_up_all

// ANCHOR: tally_job
/// Make a job that fetches every page in `pages` at the same time
/// (`fetch_size(page)`), adds each page's size to its count in `totals`
/// (from 0 for a page not counted yet), and returns the sum of the sizes
/// it fetched. A page listed twice is fetched twice and counted twice.
///
/// The test calls `tally_job(&totals, &pages)`, drops its `pages`, and only
/// then spawns the job with `tokio::spawn` and awaits it: the job must be
/// `Send + 'static`, as its return type says, so it cannot keep the
/// borrowed arguments; it owns what it uses. Making the job does nothing
/// yet: nothing is fetched and `totals` is untouched until the job runs.
/// When it returns, `totals` holds every page's size, added once per
/// fetch, and the job returns when the slowest fetch is done.
///
/// Read the compiler's errors: an `Rc`, a `std::sync::MutexGuard` kept
/// across an `.await`, or a borrowed argument inside the job, and it does
/// not compile.
///
/// asyncio: `asyncio.create_task(tally(totals, pages))`, where the task may
/// hold any object and `totals` is a plain dict.
/// Expect: pages "home" (4 units) and "faq" (3 units) add 400 and 300 to
/// their counts and return 700 after 4 units.
#[allow(clippy::manual_async_fn, reason = "the stub's job borrows nothing; yours will own copies")]
pub fn tally_job(
    totals: &Arc<Mutex<BTreeMap<String, u64>>>,
    pages: &[String],
) -> impl Future<Output = u64> + Send + 'static {
    async { todo!() }
}
// ANCHOR_END: tally_job
