// Mistake: spawns the jobs and uses `try_join_all` over the handles: dropping a handle does not cancel its task, so A and C keep running.
// Expect: Leak:
// Expect: went on running after it
// ANCHOR: gather_fail_fast
/// Spawns every job and stops waiting at the first error.
pub async fn gather_fail_fast(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    let handles = jobs.into_iter().map(|job| tokio::spawn(run_job(job)));
    let outcomes =
        handles.map(|handle| async move { handle.await.map_err(|error| error.to_string())? });
    futures::future::try_join_all(outcomes).await
}
// ANCHOR_END: gather_fail_fast
