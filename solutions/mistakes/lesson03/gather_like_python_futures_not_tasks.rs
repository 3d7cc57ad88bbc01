// Mistake: `try_join_all` over the job futures themselves, not spawned tasks: returning early drops A and C, which cancels them, unlike Python.
// Expect: did not run its work as expected
// ANCHOR: gather_like_python
/// Gathers the job futures, stopping at the first error.
pub async fn gather_like_python(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    futures::future::try_join_all(jobs.into_iter().map(run_job)).await
}
// ANCHOR_END: gather_like_python
