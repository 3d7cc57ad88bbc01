// Mistake: collects the names from a `JoinSet` as the jobs finish and puts each back in place by looking its name up among the jobs: two jobs of one name land in the same place, and the other place stays empty.
// Expect: differs from the reference solution in
// ANCHOR: run_batch
/// Names as they come, put back in place by name.
pub async fn run_batch(batch: &'static str, jobs: Vec<Job>) -> Vec<&'static str> {
    async move {
        let mut running = tokio::task::JoinSet::new();
        for job in jobs.iter().copied() {
            running.spawn(work(job).instrument(tracing::info_span!("job", name = job.name)));
        }
        let mut done = vec![""; jobs.len()];
        while let Some(finished) = running.join_next().await {
            let name = finished.expect("a job panicked");
            let place = jobs.iter().position(|job| job.name == name).expect("one of the jobs");
            done[place] = name;
        }
        done
    }
    .instrument(tracing::info_span!("batch", name = batch))
    .await
}
// ANCHOR_END: run_batch
