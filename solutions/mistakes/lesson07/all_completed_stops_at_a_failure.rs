// Mistake: uses `try_join_all`, which gives up at the first failure and drops the jobs still running.
// Expect: did not run its work as expected
// ANCHOR: all_completed
/// Stops at the first `Err`, as `gather` without `return_exceptions` would.
pub async fn all_completed(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    match futures::future::try_join_all(jobs.into_iter().map(run_job)).await {
        Ok(values) => values.into_iter().map(Ok).collect(),
        Err(failure) => vec![Err(failure)],
    }
}
// ANCHOR_END: all_completed
