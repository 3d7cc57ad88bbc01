// Mistake: gathers the results in the order of `jobs`, as `asyncio.gather` would, not in the order the jobs ended.
// Expect: returned the wrong value
// ANCHOR: all_completed
/// `join_all` over the futures keeps the order they were given in.
pub async fn all_completed(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    futures::future::join_all(jobs.into_iter().map(run_job)).await
}
// ANCHOR_END: all_completed
