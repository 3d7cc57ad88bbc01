// Mistake: turns the `JoinError` into a message with `format!`, so the error says which task panicked, but no longer is a `JoinError` a caller could ask `is_panic()`.
// Expect: returned the wrong value
// Expect: Unknown
// ANCHOR: run_as_task
/// Spawns the job; a panic is reported as text.
pub async fn run_as_task(job: Job) -> anyhow::Result<u32> {
    let name = job.name;
    let outcome = tokio::spawn(run_job(job))
        .await
        .map_err(|join_error| anyhow::anyhow!("task {name} panicked: {join_error}"))?;
    outcome.with_context(|| format!("task {name} failed"))
}
// ANCHOR_END: run_as_task
