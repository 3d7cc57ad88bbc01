// Mistake: leaves the failed jobs out instead of putting the fallback in their place.
// Expect: returned the wrong value (each job's value in job order
// ANCHOR: gather_with_fallback
/// The values of the jobs that succeeded.
pub async fn gather_with_fallback(jobs: Vec<Job>, fallback: u32) -> Vec<u32> {
    let _ = fallback;
    join_all(jobs.into_iter().map(run_job)).await.into_iter().flatten().collect()
}
// ANCHOR_END: gather_with_fallback
