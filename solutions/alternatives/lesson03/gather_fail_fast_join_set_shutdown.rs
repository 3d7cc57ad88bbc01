// Alternative: a `JoinSet` of (position, outcome) pairs; at the first error `shutdown` aborts the others and waits until they have stopped.
// ANCHOR: gather_fail_fast
/// Spawns every job into a `JoinSet`; on the first error, shuts the rest down.
pub async fn gather_fail_fast(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    let mut values = vec![0; jobs.len()];
    let mut running = tokio::task::JoinSet::new();
    for (place, job) in jobs.into_iter().enumerate() {
        running.spawn(async move { (place, run_job(job).await) });
    }
    while let Some(done) = running.join_next().await {
        let (place, value) = done.map_err(|error| error.to_string())?;
        match value {
            Ok(value) => values[place] = value,
            Err(error) => {
                running.shutdown().await;
                return Err(error);
            }
        }
    }
    Ok(values)
}
// ANCHOR_END: gather_fail_fast
