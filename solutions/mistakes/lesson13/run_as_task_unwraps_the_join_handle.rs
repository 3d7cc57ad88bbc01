// Mistake: `.unwrap()`s the `JoinHandle`'s result, so the task's panic becomes a panic of the caller instead of an error it can handle.
// Expect: Panicked: the graded code panicked
// ANCHOR: run_as_task
/// Spawns the job; its panic is passed on as a panic.
pub async fn run_as_task(job: Job) -> anyhow::Result<u32> {
    let name = job.name;
    let outcome = tokio::spawn(run_job(job)).await.unwrap();
    outcome.with_context(|| format!("task {name} failed"))
}
// ANCHOR_END: run_as_task
