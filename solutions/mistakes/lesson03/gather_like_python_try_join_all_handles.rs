// Mistake: `try_join_all` over the spawned handles: right for up to 30 jobs, but over 30 it sees an error only once every handle before it in the list is done.
// Expect: although 39 jobs come before it in the list
// ANCHOR: gather_like_python
/// Spawns every job and gathers the handles, stopping at the first error.
pub async fn gather_like_python(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    let handles = jobs.into_iter().map(|job| tokio::spawn(run_job(job)));
    let outcomes =
        handles.map(|handle| async move { handle.await.map_err(|error| error.to_string())? });
    futures::future::try_join_all(outcomes).await
}
// ANCHOR_END: gather_like_python
