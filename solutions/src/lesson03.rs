//! Lesson 03, solved: gather.

use futures::TryStreamExt;
use futures::future::join_all;
use futures::stream::FuturesUnordered;

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
/// Spawned jobs outlive an early return: dropping their handles detaches
/// them. The handles are awaited together in a `FuturesUnordered`, so an
/// error is seen the moment its job ends, whatever its place in the list;
/// each carries its place, so the values still land in job order.
pub async fn gather_like_python(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    let mut values = vec![0; jobs.len()];
    let mut running: FuturesUnordered<_> = jobs
        .into_iter()
        .enumerate()
        .map(|(place, job)| {
            let task = tokio::spawn(run_job(job));
            async move { Ok::<_, String>((place, task.await.map_err(|error| error.to_string())??)) }
        })
        .collect();
    while let Some((place, value)) = running.try_next().await? {
        values[place] = value;
    }
    Ok(values)
}
// ANCHOR_END: gather_like_python

// ANCHOR: gather_fail_fast
/// The first error ends the loop, and returning drops `running` with the
/// jobs still in it, which cancels them where they are. Not `try_join_all`:
/// over more than 30 futures it sees an error only once every future before
/// it in the list has ended.
pub async fn gather_fail_fast(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    let mut values = vec![0; jobs.len()];
    let mut running: FuturesUnordered<_> = jobs
        .into_iter()
        .enumerate()
        .map(|(place, job)| async move { run_job(job).await.map(|value| (place, value)) })
        .collect();
    while let Some((place, value)) = running.try_next().await? {
        values[place] = value;
    }
    Ok(values)
}
// ANCHOR_END: gather_fail_fast

// ANCHOR: gather_with_fallback
/// Each future handles its own failure, so gathering cannot fail.
pub async fn gather_with_fallback(jobs: Vec<Job>, fallback: u32) -> Vec<u32> {
    join_all(jobs.into_iter().map(|job| async move { run_job(job).await.unwrap_or(fallback) }))
        .await
}
// ANCHOR_END: gather_with_fallback
