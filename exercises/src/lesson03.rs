//! Lesson 03: gather: all results, in order, and errors.
//!
//! Grade with `cargo test lesson03`. One unit is one virtual second.

// The helpers these exercises use; read them in `lessons/given/src/lesson03.rs`.
pub use given::lesson03::{Job, fetch, run_job};

// ANCHOR: gather_in_order
/// Fetch every `(name, units)` request at the same time and return the names
/// in the order of `requests`: not the order they finish in, and not sorted.
///
/// asyncio: `await asyncio.gather(fetch("A", 3), fetch("B", 1), fetch("C", 2))`
/// returns `["A", "B", "C"]` after 3 units, although B finishes first.
///
/// Hint: one future per request, awaited together; the helper that does this
/// keeps the input order.
///
/// Hint: `futures::future::join_all`.
pub async fn gather_in_order(requests: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: gather_in_order

// ANCHOR: gather_results
/// Run every job at the same time and return every outcome in job order,
/// failures included, in their place.
///
/// asyncio: `await asyncio.gather(*jobs, return_exceptions=True)` gives
/// `[10, ValueError("oops!"), 30]`; here `[Ok(10), Err("oops!"), Ok(30)]`.
///
/// Hint: `run_job` already returns a `Result`: keep each one where it is.
///
/// Hint: `join_all` over futures that return `Result` already has this shape.
pub async fn gather_results(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    todo!()
}
// ANCHOR_END: gather_results

// ANCHOR: gather_like_python
/// Python's default `gather`: run every job at the same time; return all
/// values in job order, or return the first error *as soon as it happens*.
/// The other jobs are not cancelled: they keep running after you return.
///
/// Hint: in Python the others keep running because they are tasks. What
/// survives an early return in Rust: a future, or a task?
///
/// Hint: spawn each job with `tokio::spawn`, then
/// `futures::future::try_join_all` over the handles (map each
/// `Result<Result<u32, String>, JoinError>` to a `Result<u32, String>`).
/// When `try_join_all` returns early it drops the other handles, and dropping
/// a `JoinHandle` does not stop its task.
pub async fn gather_like_python(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    todo!()
}
// ANCHOR_END: gather_like_python

// ANCHOR: gather_fail_fast
/// Fail fast, the Rust way: run every job at the same time; return all values
/// in job order, or the first error as soon as it happens, and cancel the
/// jobs that are still running: by the time you return they must have
/// stopped. Unlike Python's `gather`.
///
/// Hint: the join helper has a `try_` version that stops at the first `Err`.
///
/// Hint: `futures::future::try_join_all` over the job futures themselves (not
/// spawned): returning early drops them, and a dropped future stops at its
/// current `.await`.
pub async fn gather_fail_fast(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    todo!()
}
// ANCHOR_END: gather_fail_fast

// ANCHOR: gather_with_fallback
/// Run every job at the same time and return one value per job, in order,
/// using `fallback` for each job that failed. Handle the error inside each
/// job's future, so that the gathering itself never sees a failure.
///
/// asyncio: `try: return await job() except Exception: return fallback`
/// inside the coroutine, then `gather`.
///
/// Hint: decide what a failed job turns into before gathering, inside each
/// job's own future.
///
/// Hint: `async move { run_job(job).await.unwrap_or(fallback) }` per job.
pub async fn gather_with_fallback(jobs: Vec<Job>, fallback: u32) -> Vec<u32> {
    todo!()
}
// ANCHOR_END: gather_with_fallback
