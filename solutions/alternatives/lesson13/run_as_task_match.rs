// Alternative: a `match` on the `JoinHandle`'s result instead of two `?`s, each arm with its own context.
// ANCHOR: run_as_task
/// The task's fate and the job's outcome, told apart by a `match`.
pub async fn run_as_task(job: Job) -> anyhow::Result<u32> {
    let name = job.name;
    match tokio::spawn(run_job(job)).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(error)) => Err(anyhow::Error::new(error).context(format!("task {name} failed"))),
        Err(join_error) => {
            Err(anyhow::Error::new(join_error).context(format!("task {name} panicked")))
        }
    }
}
// ANCHOR_END: run_as_task
