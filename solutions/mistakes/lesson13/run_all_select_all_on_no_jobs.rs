// Mistake: waits for the tasks with `futures::future::select_all`, one at a time as they finish, then sorts the outcomes back into job order: right for any jobs but none, where `select_all` panics on its empty list.
// Expect: This happened on a generated scenario
// Expect: the graded code panicked
// ANCHOR: run_all
/// Outcomes as they come, sorted back into job order.
pub async fn run_all(jobs: Vec<Job>) -> (Vec<u32>, Vec<anyhow::Error>) {
    let mut running: Vec<_> = jobs
        .into_iter()
        .enumerate()
        .map(|(place, job)| tokio::spawn(async move { (place, run_as_task(job).await) }))
        .collect();
    let mut outcomes = Vec::new();
    loop {
        let (done, _, rest) = futures::future::select_all(running).await;
        outcomes.push(done.expect("run_as_task does not panic"));
        if rest.is_empty() {
            break;
        }
        running = rest;
    }
    outcomes.sort_by_key(|(place, _)| *place);
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for (_, outcome) in outcomes {
        match outcome {
            Ok(value) => values.push(value),
            Err(error) => errors.push(error),
        }
    }
    (values, errors)
}
// ANCHOR_END: run_all
