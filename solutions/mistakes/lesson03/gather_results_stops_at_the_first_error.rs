// Mistake: gathers with `try_join_all`, so one failure replaces every outcome (plain `gather`, not `return_exceptions=True`).
// Expect: returned the wrong value (every job's outcome in job order
// ANCHOR: gather_results
/// Gathers all values, or gives only the first error.
pub async fn gather_results(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    match futures::future::try_join_all(jobs.into_iter().map(run_job)).await {
        Ok(values) => values.into_iter().map(Ok).collect(),
        Err(error) => vec![Err(error)],
    }
}
// ANCHOR_END: gather_results
