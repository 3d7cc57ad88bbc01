// Alternative: a `JoinSet` of (position, outcome) pairs; at the first error it detaches the tasks still running, so they carry on.
// ANCHOR: gather_like_python
/// Spawns every job into a `JoinSet`; on the first error, lets the rest run on.
pub async fn gather_like_python(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
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
                running.detach_all();
                return Err(error);
            }
        }
    }
    Ok(values)
}
// ANCHOR_END: gather_like_python
