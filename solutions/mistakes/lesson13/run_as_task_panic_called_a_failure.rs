// Mistake: flattens the two `Result`s first and gives both one context, so a crash reads like the job's ordinary failure.
// Expect: returned the wrong value
// Expect: "task indexer failed"
// ANCHOR: run_as_task
/// Spawns the job; a panic and a failure get the same words.
pub async fn run_as_task(job: Job) -> anyhow::Result<u32> {
    let name = job.name;
    let outcome = match tokio::spawn(run_job(job)).await {
        Ok(outcome) => outcome.map_err(anyhow::Error::from),
        Err(join_error) => Err(anyhow::Error::from(join_error)),
    };
    outcome.with_context(|| format!("task {name} failed"))
}
// ANCHOR_END: run_as_task
