// Mistake: gathers every outcome with `join_all` and only then collects them into one `Result`: the error comes back at 3, after A and C finished.
// Expect: did not run its work as expected
// ANCHOR: gather_fail_fast
/// Runs every job to its end, then reports the first error.
pub async fn gather_fail_fast(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    join_all(jobs.into_iter().map(run_job)).await.into_iter().collect()
}
// ANCHOR_END: gather_fail_fast
