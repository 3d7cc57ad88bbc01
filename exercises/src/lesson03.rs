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
/// Expect: with A (3 units, 10), B (1 unit, fails with "oops!") and C (2
/// units, 30), that list after 3 units, the time of the slowest job.
pub async fn gather_results(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    todo!()
}
// ANCHOR_END: gather_results

// ANCHOR: gather_like_python
/// Python's default `gather`: run every job at the same time; return all
/// values in job order, or return the first error *as soon as it happens*,
/// however many jobs there are. The other jobs are not cancelled: they keep
/// running after you return.
///
/// asyncio: `await asyncio.gather(*jobs)`, without `return_exceptions`.
/// Expect: A (3 units), B (1 unit, fails with "oops!") and C (2 units) give
/// `Err("oops!")` at 1, and A and C still run to their ends at 3 and 2.
/// When no job fails, `Ok` with every value after 3 units.
pub async fn gather_like_python(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    todo!()
}
// ANCHOR_END: gather_like_python

// ANCHOR: gather_fail_fast
/// Fail fast, the Rust way: run every job at the same time; return all values
/// in job order, or the first error as soon as it happens (however many jobs
/// there are), and cancel the jobs that are still running: by the time you
/// return they must have stopped. Unlike Python's `gather`.
///
/// Expect: A (3 units), B (1 unit, fails with "oops!") and C (2 units) give
/// `Err("oops!")` at 1, with A and C cancelled at 1. When no job fails, `Ok`
/// with every value after 3 units.
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
/// Expect: A (10), B (fails) and C (30) with a fallback of 99 give
/// `[10, 99, 30]` after 3 units, all jobs running at once.
pub async fn gather_with_fallback(jobs: Vec<Job>, fallback: u32) -> Vec<u32> {
    todo!()
}
// ANCHOR_END: gather_with_fallback
