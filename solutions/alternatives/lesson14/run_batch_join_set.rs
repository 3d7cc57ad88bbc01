// Alternative: spawns the jobs into a `JoinSet` with `in_current_span`, which gives each task a span made inside the batch, and puts the names back in order.
// ANCHOR: run_batch
/// A `JoinSet` of jobs, each in its span.
pub async fn run_batch(batch: &'static str, jobs: Vec<Job>) -> Vec<&'static str> {
    let batch_span = tracing::info_span!("batch", name = batch);
    async move {
        let mut running = tokio::task::JoinSet::new();
        for (place, job) in jobs.iter().copied().enumerate() {
            let span = tracing::info_span!("job", name = job.name);
            running.spawn(async move { (place, work(job).instrument(span).await) });
        }
        let mut done = vec![""; jobs.len()];
        while let Some(finished) = running.join_next().await {
            let (place, name) = finished.expect("a job panicked");
            done[place] = name;
        }
        done
    }
    .instrument(batch_span)
    .await
}
// ANCHOR_END: run_batch
