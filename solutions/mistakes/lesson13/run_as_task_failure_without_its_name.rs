// Mistake: names the task only when it panics, and passes the job's own error up bare, so a failure does not say which task failed.
// Expect: returned the wrong value
// Expect: under the context "task backup failed"
// ANCHOR: run_as_task
/// Spawns the job; only a panic gets a context.
pub async fn run_as_task(job: Job) -> anyhow::Result<u32> {
    let name = job.name;
    let value = tokio::spawn(run_job(job)).await.with_context(|| format!("task {name} panicked"))??;
    Ok(value)
}
// ANCHOR_END: run_as_task
