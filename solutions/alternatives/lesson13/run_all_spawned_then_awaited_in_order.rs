// Alternative: spawns every job's `run_as_task` first, then awaits the handles in job order: the tasks all run meanwhile, so the total is still the slowest.
// ANCHOR: run_all
/// Every job started before any is awaited; outcomes read in job order.
pub async fn run_all(jobs: Vec<Job>) -> (Vec<u32>, Vec<anyhow::Error>) {
    let running: Vec<_> = jobs.into_iter().map(|job| tokio::spawn(run_as_task(job))).collect();
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for task in running {
        match task.await {
            Ok(Ok(value)) => values.push(value),
            Ok(Err(error)) => errors.push(error),
            Err(join_error) => errors.push(join_error.into()),
        }
    }
    (values, errors)
}
// ANCHOR_END: run_all
