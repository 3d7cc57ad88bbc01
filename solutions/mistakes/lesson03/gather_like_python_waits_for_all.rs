// Mistake: spawns every job, waits for all handles with `join_all`, and only then looks for an error: the error comes back at 3, not when B fails.
// Expect: return B's error the moment B fails, at 1 unit
// ANCHOR: gather_like_python
/// Spawns every job, waits for all, then reports the first error.
pub async fn gather_like_python(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    let handles = jobs.into_iter().map(|job| tokio::spawn(run_job(job)));
    let outcomes = join_all(handles).await;
    outcomes.into_iter().map(|outcome| outcome.map_err(|error| error.to_string())?).collect()
}
// ANCHOR_END: gather_like_python
