// Mistake: collects from a `JoinSet` as the tasks finish and puts each outcome back in job order by looking up its job's name: two jobs of one name land in the same place, and one is lost.
// Expect: differs from the reference solution in what it returned
// ANCHOR: run_all
/// Outcomes as they come, put back in place by name.
pub async fn run_all(jobs: Vec<Job>) -> (Vec<u32>, Vec<anyhow::Error>) {
    let mut running = tokio::task::JoinSet::new();
    for job in jobs.iter().copied() {
        running.spawn(async move { (job.name, run_as_task(job).await) });
    }
    let mut outcomes: Vec<Option<anyhow::Result<u32>>> = jobs.iter().map(|_| None).collect();
    while let Some(done) = running.join_next().await {
        let (name, outcome) = done.expect("run_as_task does not panic");
        let place = jobs.iter().position(|job| job.name == name).expect("one of the jobs");
        outcomes[place] = Some(outcome);
    }
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for outcome in outcomes.into_iter().flatten() {
        match outcome {
            Ok(value) => values.push(value),
            Err(error) => errors.push(error),
        }
    }
    (values, errors)
}
// ANCHOR_END: run_all
