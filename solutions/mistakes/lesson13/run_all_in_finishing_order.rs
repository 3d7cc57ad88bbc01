// Mistake: collects from a `JoinSet` as the tasks finish, so values and errors come in finishing order (C, D, B), not job order.
// Expect: returned the wrong value
// Expect: not in the order
// ANCHOR: run_all
/// Every job at once; outcomes as they come.
pub async fn run_all(jobs: Vec<Job>) -> (Vec<u32>, Vec<anyhow::Error>) {
    let mut running = tokio::task::JoinSet::new();
    for job in jobs {
        running.spawn(run_as_task(job));
    }
    let mut values = Vec::new();
    let mut errors = Vec::new();
    while let Some(done) = running.join_next().await {
        match done.expect("run_as_task does not panic") {
            Ok(value) => values.push(value),
            Err(error) => errors.push(error),
        }
    }
    (values, errors)
}
// ANCHOR_END: run_all
