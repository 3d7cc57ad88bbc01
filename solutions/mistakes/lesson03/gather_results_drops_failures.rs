// Mistake: keeps only the successes, like filtering the exceptions out of `gather(..., return_exceptions=True)`.
// Expect: returned the wrong value (every job's outcome in job order
// ANCHOR: gather_results
/// Runs every job at once and keeps what succeeded.
pub async fn gather_results(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    let outcomes = join_all(jobs.into_iter().map(run_job)).await;
    outcomes.into_iter().filter(Result::is_ok).collect()
}
// ANCHOR_END: gather_results
