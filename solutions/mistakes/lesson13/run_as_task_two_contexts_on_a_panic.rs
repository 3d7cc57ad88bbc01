// Mistake: puts two contexts over the `JoinError` of a panic ("the task did not finish", then "task {name} panicked"): the outermost words are right, but the chain has a layer the spec does not ask for.
// Expect: differs from the reference solution in what it returned
// ANCHOR: run_as_task
/// Spawns the job; a panic gets two layers of context.
pub async fn run_as_task(job: Job) -> anyhow::Result<u32> {
    let name = job.name;
    let value = tokio::spawn(run_job(job))
        .await
        .context("the task did not finish")
        .with_context(|| format!("task {name} panicked"))?
        .with_context(|| format!("task {name} failed"))?;
    Ok(value)
}
// ANCHOR_END: run_as_task
