// Mistake: runs each job with `run_as_task` and awaits it before starting the next, so the tasks never overlap.
// Expect: to run at most 5 of these at the same moment
// ANCHOR: run_all
/// Each job in its own task, one at a time.
pub async fn run_all(jobs: Vec<Job>) -> (Vec<u32>, Vec<anyhow::Error>) {
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for job in jobs {
        match run_as_task(job).await {
            Ok(value) => values.push(value),
            Err(error) => errors.push(error),
        }
    }
    (values, errors)
}
// ANCHOR_END: run_all
