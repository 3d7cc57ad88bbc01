//! Lesson 03, solved: gather.

use futures::future::{join_all, try_join_all};

pub use given::lesson03::{Job, fetch, run_job};

// ANCHOR: gather_in_order
/// `join_all` returns results in the order of its input.
pub async fn gather_in_order(requests: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    join_all(requests.into_iter().map(|(name, units)| fetch(name, units))).await
}
// ANCHOR_END: gather_in_order

// ANCHOR: gather_results
/// Each job's `Result` lands in its own place: `return_exceptions=True`.
pub async fn gather_results(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    join_all(jobs.into_iter().map(run_job)).await
}
// ANCHOR_END: gather_results

// ANCHOR: gather_like_python
/// Spawned jobs outlive an early return: dropping their handles detaches them.
pub async fn gather_like_python(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    let handles = jobs.into_iter().map(|job| tokio::spawn(run_job(job)));
    let outcomes =
        handles.map(|handle| async move { handle.await.map_err(|error| error.to_string())? });
    try_join_all(outcomes).await
}
// ANCHOR_END: gather_like_python

// ANCHOR: gather_fail_fast
/// The first error makes `try_join_all` return and drop the other futures,
/// which cancels them where they are.
pub async fn gather_fail_fast(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    try_join_all(jobs.into_iter().map(run_job)).await
}
// ANCHOR_END: gather_fail_fast

// ANCHOR: gather_with_fallback
/// Each future handles its own failure, so gathering cannot fail.
pub async fn gather_with_fallback(jobs: Vec<Job>, fallback: u32) -> Vec<u32> {
    join_all(jobs.into_iter().map(|job| async move { run_job(job).await.unwrap_or(fallback) }))
        .await
}
// ANCHOR_END: gather_with_fallback
