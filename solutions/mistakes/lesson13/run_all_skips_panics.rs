// Mistake: collects the jobs' own errors but skips a task that panicked, as if a crash were not a failure of the group.
// Expect: returned the wrong value
// Expect: the errors of B, C and D in job order
// ANCHOR: run_all
/// Every job in a task; failures collected, panics passed over.
pub async fn run_all(jobs: Vec<Job>) -> (Vec<u32>, Vec<anyhow::Error>) {
    let running = jobs.into_iter().map(|job| {
        let name = job.name;
        async move { (name, tokio::spawn(run_job(job)).await) }
    });
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for (name, outcome) in futures::future::join_all(running).await {
        match outcome {
            Ok(Ok(value)) => values.push(value),
            Ok(Err(error)) => errors.push(anyhow::Error::new(error).context(format!("task {name} failed"))),
            Err(_) => {}
        }
    }
    (values, errors)
}
// ANCHOR_END: run_all
