// Mistake: gathers with `try_join_all` and falls back for the whole batch when any job fails, handling the error outside instead of inside each job.
// Expect: returned the wrong value (each job's value in job order
// ANCHOR: gather_with_fallback
/// Every value, or the fallback for every job when one failed.
pub async fn gather_with_fallback(jobs: Vec<Job>, fallback: u32) -> Vec<u32> {
    let count = jobs.len();
    let gathered = futures::future::try_join_all(jobs.into_iter().map(run_job)).await;
    gathered.unwrap_or_else(|_| vec![fallback; count])
}
// ANCHOR_END: gather_with_fallback
