//! Lesson 19: testing your own async code.
//!
//! Each exercise is a check: an async function that takes a way to make a
//! component (a rate limiter, a retry policy, a cache with expiry, a
//! line-protocol handler), puts the
//! component it makes through its paces, and returns `Ok(())` when it
//! behaves as its trait's documentation says, or an `Err` that says what it
//! did wrong (`anyhow::ensure!(condition, "...")` and `anyhow::bail!` are
//! the quickest way to write one).
//!
//! Grade with `cargo test lesson19`: the grader runs your check against a
//! correct implementation (your check must return `Ok`) and against several
//! wrong ones (your check must return `Err` for each). The checks run on
//! tokio's paused clock, as under `#[tokio::test(start_paused = true)]`: move
//! time with `tokio::time::advance(..)` (or `tokio::time::sleep(..)`), read
//! it with `tokio::time::Instant`, and compare times exactly.

use std::time::Duration;

#[allow(unused_imports)]
use anyhow::{anyhow, bail, ensure};
#[allow(unused_imports)]
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
#[allow(unused_imports)]
use tokio::time::{Instant, advance, sleep, timeout};

// What the checks are given; read them in `lessons/given/src/lesson19.rs`.
pub use given::lesson19::{
    Backoff, Cache, Calculator, Flaky, LineHandler, RateLimiter, Retry, SlidingWindow, TtlCache,
};

// ANCHOR: check_rate_limiter
/// Check a rate limiter: `make(limit, window)` makes one that grants at most
/// `limit` permits in any stretch of time `window` long (see `RateLimiter`).
/// Return `Ok(())` when the limiters it makes behave so, and an `Err` saying
/// what went wrong when they do not.
///
/// The grader's wrong limiters are wrong in the ways rate limiters usually
/// are: in how many they let through, and in when a permit comes back. Make
/// the limiters you need (a call to `make` for each), and choose numbers
/// that only a correct limiter gets right.
///
/// Python: a test in an `IsolatedAsyncioTestCase`, which would need a fake
/// clock passed in by hand; here tokio's own clock is the fake one.
pub async fn check_rate_limiter(
    make: impl Fn(u32, Duration) -> Box<dyn RateLimiter>,
) -> anyhow::Result<()> {
    todo!()
}
// ANCHOR_END: check_rate_limiter

// ANCHOR: check_retry
/// Check a retry policy: `make(attempts, backoff)` makes one that behaves
/// as `Retry` says. Run what it makes on `Flaky` operations
/// (`Flaky::failing(n)` fails its first `n` calls, and `flaky.calls()` says
/// when each call was made), and return `Ok(())` when the policy made the
/// right calls at the right instants and returned the right result, or an
/// `Err` saying what went wrong.
///
/// The grader's wrong policies are wrong in the ways retry policies usually
/// are: in how many calls they make, in how long a wait is (a little or a
/// lot), in how the waits grow, and in what they return. Choose numbers that
/// only a correct policy gets right: waits of 1 s and then 2 s double, but
/// they also grow by 1 s each.
///
/// Python: a pytest-asyncio test that patches `asyncio.sleep` to record the
/// waits; here the waits really happen, on a clock that costs nothing.
pub async fn check_retry(make: impl Fn(u32, Duration) -> Box<dyn Retry>) -> anyhow::Result<()> {
    todo!()
}
// ANCHOR_END: check_retry

// ANCHOR: check_cache
/// Check a cache with expiry: `make(ttl)` makes one that behaves as `Cache`
/// says. Return `Ok(())` when it does, and an `Err` saying what went wrong.
///
/// The grader's wrong caches are wrong in the ways caches usually are: in
/// when an entry goes (a little early or late, or a lot), and in what a
/// read, a second insert or another key does to an entry.
///
/// Python: a test of a TTL cache that reads `loop.time()`; one that sleeps
/// for the real TTL is slow, and one that sleeps "a bit longer" is flaky.
pub async fn check_cache(make: impl Fn(Duration) -> Box<dyn Cache>) -> anyhow::Result<()> {
    todo!()
}
// ANCHOR_END: check_cache

// ANCHOR: check_line_handler
/// Check a line-protocol handler: `make()` makes one that behaves as
/// `LineHandler` says. Talk to it as a client would, over a fake connection:
/// `let (client, server) = tokio::io::duplex(1024);` gives two connected
/// ends; hand `server` to `handler.serve(..)` and talk through `client`.
/// Return `Ok(())` when the handler behaves, and an `Err` saying what went
/// wrong when it does not.
///
/// The grader's wrong handlers are wrong in the ways handlers usually are:
/// a reply that comes late or never, a request read wrong (every line the
/// protocol does not name gets `ERR`, an empty one too), two requests in one
/// write taken as one, and a handler that stops early, fails at the close,
/// or never ends. A wrong handler may never reply, or never return: your
/// check must still end, with an `Err`, and leave nothing running when it
/// returns.
///
/// Python: a test that feeds an `asyncio.StreamReader` by hand, or talks to
/// the handler over `socket.socketpair()`.
pub async fn check_line_handler(make: impl Fn() -> Box<dyn LineHandler>) -> anyhow::Result<()> {
    todo!()
}
// ANCHOR_END: check_line_handler
