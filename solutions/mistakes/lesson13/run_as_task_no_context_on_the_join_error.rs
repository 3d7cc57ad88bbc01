// Mistake: passes the `JoinError` up with a bare `?`: the panic reaches the caller as an error, but nothing says which task it was (its message names only a task id).
// Expect: returned the wrong value
// Expect: panicked with message
// ANCHOR: run_as_task
/// Spawns the job; a panic goes up as it is.
pub async fn run_as_task(job: Job) -> anyhow::Result<u32> {
    let name = job.name;
    let value = tokio::spawn(run_job(job)).await?.with_context(|| format!("task {name} failed"))?;
    Ok(value)
}
// ANCHOR_END: run_as_task
