// Mistake: joins the bare tasks and converts each error with `?`-style `From`, so every failure is in the list but none says which task it was.
// Expect: returned the wrong value
// Expect: "timed out",
// ANCHOR: run_all
/// Every job in a task; errors converted as they are.
pub async fn run_all(jobs: Vec<Job>) -> (Vec<u32>, Vec<anyhow::Error>) {
    let running = jobs.into_iter().map(|job| tokio::spawn(run_job(job)));
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for outcome in futures::future::join_all(running).await {
        match outcome {
            Ok(Ok(value)) => values.push(value),
            Ok(Err(error)) => errors.push(anyhow::Error::from(error)),
            Err(join_error) => errors.push(anyhow::Error::from(join_error)),
        }
    }
    (values, errors)
}
// ANCHOR_END: run_all
