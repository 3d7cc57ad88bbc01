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

use anyhow::{anyhow, ensure};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::time::{Instant, advance, timeout};

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
    let limit = 3;
    let window = Duration::from_secs(10);

    // A burst: exactly `limit` at one instant, and not one more.
    let mut limiter = make(limit, window);
    for n in 1..=limit {
        ensure!(limiter.try_acquire(), "refused permit {n} of {limit} at the start");
    }
    ensure!(!limiter.try_acquire(), "granted more than {limit} permits at the start");

    // Permits come back exactly `window` after each was granted, one at a
    // time: the first at 0s, the other two at 4s.
    let mut limiter = make(limit, window);
    ensure!(limiter.try_acquire(), "refused the first permit");
    advance(Duration::from_secs(4)).await;
    ensure!(limiter.try_acquire(), "refused the second permit, 4s later");
    ensure!(limiter.try_acquire(), "refused the third permit, 4s later");
    ensure!(!limiter.try_acquire(), "granted a fourth permit at 4s");
    // 9.999s: the first permit is still in use.
    advance(Duration::from_millis(5_999)).await;
    ensure!(!limiter.try_acquire(), "granted a permit 1ms before the first one came back");
    // 10s: it is back, and only it.
    advance(Duration::from_millis(1)).await;
    ensure!(limiter.try_acquire(), "refused a permit exactly `window` after the first");
    ensure!(!limiter.try_acquire(), "granted two permits at 10s, when only one came back");
    // 14s: the other two are back.
    advance(Duration::from_secs(4)).await;
    ensure!(limiter.try_acquire(), "refused a permit at 14s");
    ensure!(limiter.try_acquire(), "refused a second permit at 14s");
    ensure!(!limiter.try_acquire(), "granted a third permit at 14s");
    Ok(())
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
    let backoff = Duration::from_secs(1);
    let secs = Duration::from_secs;

    // Fails twice, then succeeds on the third of four allowed calls.
    let flaky = Flaky::failing(2);
    let result = make(4, backoff).run(&flaky).await;
    ensure!(result == Ok(3), "returned {result:?} for an operation whose third call succeeds");
    let calls = flaky.calls();
    ensure!(calls == [secs(0), secs(1), secs(3)], "called at {calls:?}, not at 0s, 1s and 3s");

    // Never succeeds: four calls, the waits doubling, and the last error
    // returned at once.
    let flaky = Flaky::failing(10);
    let started = Instant::now();
    let result = make(4, backoff).run(&flaky).await;
    let took = started.elapsed();
    ensure!(
        result.map_err(|error| error.call) == Err(4),
        "returned {result:?}, not call 4's error"
    );
    let calls = flaky.calls();
    ensure!(
        calls == [secs(0), secs(1), secs(3), secs(7)],
        "called at {calls:?}, not at 0s, 1s, 3s and 7s"
    );
    ensure!(took == secs(7), "returned after {took:?}, not at once after the last call (7s)");

    // Succeeds on the first call: no wait at all.
    let flaky = Flaky::failing(0);
    let result = make(4, backoff).run(&flaky).await;
    ensure!(result == Ok(1), "returned {result:?} for an operation that succeeds at once");
    ensure!(flaky.calls() == [secs(0)], "called at {:?}, not once at 0s", flaky.calls());
    Ok(())
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
    let ttl = Duration::from_secs(10);
    let mut cache = make(ttl);

    cache.insert("a", 1);
    ensure!(cache.get("a") == Some(1), "lost a fresh entry");
    ensure!(cache.get("b").is_none(), "found a key never inserted");

    // 4s: a second key, which expires on its own clock (at 14s).
    advance(Duration::from_secs(4)).await;
    cache.insert("b", 2);
    // 9.999s: "a" is still there, reading it does not extend it.
    advance(Duration::from_millis(5_999)).await;
    ensure!(cache.get("a") == Some(1), "lost an entry 1ms before its ttl");
    // 10s, exactly the ttl: "a" is gone, "b" is not.
    advance(Duration::from_millis(1)).await;
    ensure!(cache.get("a").is_none(), "still returned an entry exactly at its ttl");
    ensure!(cache.get("b") == Some(2), "lost an entry inserted 6s ago along with an older one");

    // Inserting again replaces the value and starts the ttl again.
    cache.insert("b", 3);
    ensure!(cache.get("b") == Some(3), "kept the old value after a second insert");
    advance(Duration::from_secs(9)).await;
    ensure!(cache.get("b") == Some(3), "expired a re-inserted entry by its first insert's ttl");
    advance(Duration::from_secs(1)).await;
    ensure!(cache.get("b").is_none(), "kept a re-inserted entry past its ttl");
    Ok(())
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
    let handler = make();
    let (client, server) = tokio::io::duplex(1024);
    let talk = async move {
        let (reader, mut writer) = tokio::io::split(client);
        let mut replies = BufReader::new(reader).lines();
        // One request at a time: each reply must come before the next
        // request, at the same instant (nothing here takes time). Each line
        // the protocol does not name, an empty one too, gets `ERR`, and the
        // handler goes on.
        let exchanges = [
            ("PING", "PONG"),
            ("ADD 2 40", "42"),
            ("ADD -7 3", "-4"),
            ("HELLO", "ERR"),
            ("ping", "ERR"),
            ("ADD 1 2 3", "ERR"),
            ("", "ERR"),
            ("PING", "PONG"),
        ];
        for (request, expected) in exchanges {
            let asked = Instant::now();
            writer.write_all(format!("{request}\n").as_bytes()).await?;
            let reply = timeout(Duration::from_secs(1), replies.next_line()).await;
            let reply = reply.map_err(|_| anyhow!("no reply to {request:?} within 1s"))??;
            ensure!(
                reply.as_deref() == Some(expected),
                "{request:?} got {reply:?}, not {expected:?}"
            );
            let waited = asked.elapsed();
            ensure!(waited.is_zero(), "the reply to {request:?} came {waited:?} late, not at once");
        }
        // Two requests in one write: each is still a line of its own.
        writer.write_all(b"ADD 1 1\nPING\n").await?;
        for expected in ["2", "PONG"] {
            let reply = timeout(Duration::from_secs(1), replies.next_line()).await;
            let reply = reply.map_err(|_| anyhow!("no reply to two requests sent at once"))??;
            ensure!(
                reply.as_deref() == Some(expected),
                "two requests sent at once got {reply:?}, not {expected:?}"
            );
        }
        // Closing our side must end the handler; the rest of `client` goes
        // when this block returns.
        writer.shutdown().await?;
        anyhow::Ok(())
    };
    // Both in this one task, the handler bounded: nothing outlives the check.
    let (served, talked) =
        tokio::join!(timeout(Duration::from_secs(5), handler.serve(server)), talk);
    talked?;
    let served = served.map_err(|_| anyhow!("the handler still ran 5s after the client closed"))?;
    served.map_err(|error| anyhow!("the handler failed: {error}"))
}
// ANCHOR_END: check_line_handler
