// Mistake: spawns every job, then awaits the handles in job order with `?`: B's error is seen only after A's handle, at 3.
// Expect: return B's error the moment B fails, at 1 unit
// ANCHOR: gather_like_python
/// Spawns every job, then awaits each handle in turn.
pub async fn gather_like_python(jobs: Vec<Job>) -> Result<Vec<u32>, String> {
    let handles: Vec<_> = jobs.into_iter().map(|job| tokio::spawn(run_job(job))).collect();
    let mut values = Vec::new();
    for handle in handles {
        values.push(handle.await.map_err(|error| error.to_string())??);
    }
    Ok(values)
}
// ANCHOR_END: gather_like_python
