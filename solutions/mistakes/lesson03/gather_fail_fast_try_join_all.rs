// Mistake: `try_join_all` over the job futures: right for up to 30 jobs, but over 30 it sees an error only once every job before it in the list is done, and cancels nothing until then.
// Expect: although 39 jobs come before it in the list
// ANCHOR: gather_fail_fast
/// Gathers every job, stopping at the first error.
pub async fn gather_fail_fast(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    futures::future::try_join_all(jobs.into_iter().map(run_job)).await
}
// ANCHOR_END: gather_fail_fast
