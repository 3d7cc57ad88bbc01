// Mistake: awaits the tasks in job order and stops at the first failure, as a plain `await` of each task in a `try` block would: the later failures are never collected.
// Expect: returned the wrong value
// Expect: "task B failed",
// ANCHOR: run_all
/// Spawns every job, then collects until the first failure.
pub async fn run_all(jobs: Vec<Job>) -> (Vec<u32>, Vec<anyhow::Error>) {
    let running: Vec<_> = jobs.into_iter().map(|job| tokio::spawn(run_as_task(job))).collect();
    let mut values = Vec::new();
    for task in running {
        match task.await.expect("run_as_task does not panic") {
            Ok(value) => values.push(value),
            Err(error) => return (values, vec![error]),
        }
    }
    (values, Vec::new())
}
// ANCHOR_END: run_all
