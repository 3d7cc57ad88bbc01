//! Lesson 09: semaphores.
//!
//! Grade with `cargo test lesson09`. One unit is one virtual second.
//!
//! The story: many downloads, but only `at_most` of them may be in flight at
//! any moment (the server allows a few connections per client). The given
//! helpers trace the download itself, not the wait for a permit, so the
//! timeline shows exactly what was in flight; the tests read the most
//! downloads that overlapped from it, and the total time.

use std::time::Duration;

// The helpers these exercises use; read them in `lessons/given/src/lesson09.rs`.
pub use given::lesson09::{Download, download, fetch};

// ANCHOR: download_limited
/// Download every `(name, takes)` concurrently (`takes` is how long that
/// download takes), but never more than `at_most` at the same moment, and
/// return the names in the order given.
///
/// asyncio: `sem = asyncio.Semaphore(3)`, each coroutine does
/// `async with sem: return await download(name, takes)`, and `gather` runs
/// them all.
/// Expect: ten downloads of 1 unit with `at_most` 3 take 4 units (waves of
/// 3, 3, 3 and 1), with 3 in flight at the busiest moment. A download starts
/// as soon as any permit is free, not when a whole wave is done, and waiting
/// downloads get the free permits in the order given: slow (3 units), d (1),
/// b (1) and c (2) with `at_most` 2 run slow from 0 to 3, d from 0 to 1, b
/// from 1 to 2 and c from 2 to 4, and take 4 units (waves of two would take
/// 5). Downloads take any time, not only whole units: a permit is free the
/// moment its download ends.
pub async fn download_limited(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: download_limited

// ANCHOR: download_with_fallback
/// The pattern of this lesson in full: download every [`Download`]
/// concurrently, at most `at_most` at once; give each download `time_limit`
/// once it holds its permit; return one size per download, in the order
/// given, with `fallback` for each download that failed or ran out of time.
/// A failed or timed-out download must give its permit back at once, so that
/// the next one can start.
///
/// asyncio: inside `async with sem:`,
/// `try: return await asyncio.wait_for(fetch(d), limit)` and
/// `except Exception: return fallback`; then `gather`.
/// Expect, with `at_most` 2 and a limit of 3: a download that stalls is
/// cancelled 3 units after it started, a failed one ends when it fails, and
/// in both cases a waiting download takes over the permit at that moment.
/// Waiting downloads get the free permits in the order given. With one
/// permit and a limit of 3: a fails at 1, b stalls from 1 and is cancelled at
/// 4, c runs from 4 to 5: `[fallback, fallback, 30]` after 5 units. With
/// `at_most` 3 and a limit of 2, ten downloads of 1 unit all succeed in 4
/// units, though the last one waits 3 units for its permit. A download
/// done exactly when its time runs out is in time: `tokio::time::timeout`
/// looks at the work before its timer.
pub async fn download_with_fallback(
    downloads: Vec<Download>,
    at_most: usize,
    time_limit: Duration,
    fallback: u32,
) -> Vec<u32> {
    todo!()
}
// ANCHOR_END: download_with_fallback

// ANCHOR: download_in_tasks
/// Download every `(name, takes)` in a spawned task of its own, never more
/// than `at_most` at once, and return the names in the order given.
///
/// asyncio: `asyncio.create_task` for each coroutine, each doing
/// `async with sem:` inside, then awaiting the tasks in order.
/// Expect: the same timing as [`download_limited`] (ten downloads of 1 unit
/// with `at_most` 3 take 4 units), with every download in its own task.
pub async fn download_in_tasks(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: download_in_tasks

// ANCHOR: download_as_they_finish
/// Download every `(name, takes)` at most `at_most` at once, with a stream
/// instead of a semaphore, and return the names in the order the downloads
/// finish.
///
/// asyncio: no single call; a semaphore plus `asyncio.as_completed` does it.
/// Expect: slow (3 units), d (1), b (1) and c (2) with `at_most` 2 give
/// `["d", "b", "slow", "c"]` after 4 units: the others take turns in the
/// second slot while the slow one runs, d from 0 to 1, b from 1 to 2 and c
/// from 2 to 4. Downloads that end at the same instant may come in either
/// order.
pub async fn download_as_they_finish(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: download_as_they_finish
