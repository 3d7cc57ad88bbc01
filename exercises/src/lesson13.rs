//! Lesson 13: errors across tasks, with anyhow.
//!
//! Grade with `cargo test lesson13`. One unit is one virtual second. The
//! tests read each error's chain (`error.chain()`, and `format!("{error:#}")`
//! for one line of it) and its kind (`error.downcast_ref::<FetchError>()`),
//! not only that it is an `Err`.

use std::time::Duration;

// The trait that gives a `Result` its `.context(..)` and `.with_context(..)`.
#[allow(unused_imports)]
use anyhow::Context;

// The helpers these exercises use; read them in `lessons/given/src/lesson13.rs`.
pub use given::lesson13::{Ending, FetchError, FlakyServer, Job, Site, run_job};

// ANCHOR: start_service
/// Start the service `name`: download its config file `/{name}.conf` from
/// `site`, and read the port from it (the file's text, trimmed, is the port
/// number: `"8080"`). Return the port.
///
/// When it fails, the error must say what was being done, at every step, as
/// a chain of messages from the outside in:
/// - the whole: `"starting {name}"`;
/// - the download: `"downloading /{name}.conf"`;
/// - the reading: `"reading the port from /{name}.conf"`;
/// - and at the bottom, the original error, kept as it is (a `FetchError`,
///   or the error `parse` gave), so that a caller can still ask its kind.
///
/// So a missing file prints, with `{:#}`, as
/// `starting web: downloading /web.conf: server answered 404`.
///
/// One trap: an `async { ... }` block with `?` inside that ends in
/// `Ok(port)` does not compile (E0282, "type annotations needed"): nothing
/// tells the compiler which error type the `?`s turn errors into. End it
/// with `Ok::<_, anyhow::Error>(port)`, or use a helper `async fn` that
/// returns `anyhow::Result<u16>`.
///
/// Python: `raise RuntimeError("starting web") from error`, at each step.
pub async fn start_service(site: &Site, name: &str) -> anyhow::Result<u16> {
    todo!()
}
// ANCHOR_END: start_service

// ANCHOR: is_worth_retrying
/// Decide whether the request that failed with `error` is worth trying
/// again: yes for a `FetchError::Timeout` and for a status of 500 or more
/// (the server may recover), no for any other status (a 404 stays a 404)
/// and for any error that is not a `FetchError` at all.
///
/// The `FetchError` may be wrapped in any number of `.context(..)` layers,
/// and those layers' messages are anybody's words.
///
/// Python: `except (TimeoutError, ServerError):` around the retry, with the
/// cause found through `__cause__`.
pub fn is_worth_retrying(error: &anyhow::Error) -> bool {
    todo!()
}
// ANCHOR_END: is_worth_retrying

// ANCHOR: fetch_with_retry
/// Fetch from `server`, making at most `attempts` requests, and always at
/// least one (`attempts` of 0 makes one request, as 1 does).
/// After a failure worth retrying (see `is_worth_retrying`), wait and try
/// again: `backoff` before the second request, twice that before the third,
/// and so on, doubling. Return the first text the server gives.
///
/// A failure not worth retrying ends it at once, and so does a failure of
/// the last attempt; no wait after either. Return that failure's error with
/// the context `"gave up after attempt {n}"`, `n` the number of requests
/// made: `gave up after attempt 3: timed out`.
///
/// Python: a `for attempt in range(attempts)` loop around `try`/`except`,
/// with `await asyncio.sleep(backoff)` between tries.
pub async fn fetch_with_retry(
    server: &FlakyServer,
    attempts: u32,
    backoff: Duration,
) -> anyhow::Result<&'static str> {
    todo!()
}
// ANCHOR_END: fetch_with_retry

// ANCHOR: run_as_task
/// Run `job` in a task of its own (`tokio::spawn(run_job(job))`), wait for
/// it, and return its value. Both ways the task can go wrong must reach the
/// caller as an `Err`, never as a panic of the caller, and must say which
/// task it was:
/// - the job returned an error: context `"task {name} failed"`, over the
///   `FetchError`;
/// - the job panicked: context `"task {name} panicked"`, over the
///   `tokio::task::JoinError` that carries the panic.
///
/// Python: `await task` re-raises the task's exception, whatever it was;
/// here a failure and a crash are two different `Err`s.
pub async fn run_as_task(job: Job) -> anyhow::Result<u32> {
    todo!()
}
// ANCHOR_END: run_as_task

// ANCHOR: run_all
/// Run every job at the same time, each in its own task as `run_as_task`
/// does, and wait for all of them. Return the values of the jobs that
/// succeeded, in job order, and the errors of every job that failed or
/// panicked, in job order too, each saying which task it was (as in
/// `run_as_task`).
///
/// Python: a `TaskGroup` raises an `ExceptionGroup` of every failure
/// (`except*`); here the group's failures are a `Vec<anyhow::Error>`, and
/// the successes are kept.
pub async fn run_all(jobs: Vec<Job>) -> (Vec<u32>, Vec<anyhow::Error>) {
    todo!()
}
// ANCHOR_END: run_all
