// Mistake: returns the first error out of a `JoinSet` and lets the set's drop abort the others, without waiting for them to stop.
// Expect: Leak:
// Expect: aborted or done, but not awaited
// ANCHOR: gather_fail_fast
/// Spawns every job into a `JoinSet` and returns at the first error.
pub async fn gather_fail_fast(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    let mut values = vec![0; jobs.len()];
    let mut running = tokio::task::JoinSet::new();
    for (place, job) in jobs.into_iter().enumerate() {
        running.spawn(async move { (place, run_job(job).await) });
    }
    while let Some(done) = running.join_next().await {
        let (place, value) = done.map_err(|error| error.to_string())?;
        values[place] = value?;
    }
    Ok(values)
}
// ANCHOR_END: gather_fail_fast
