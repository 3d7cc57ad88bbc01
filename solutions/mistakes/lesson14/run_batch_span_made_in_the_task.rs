// Mistake: makes each job's span inside its spawned task, where no span is current (a task does not inherit the spawner's span), so the job spans have no parent.
// Expect: the parent of the job span
// ANCHOR: run_batch
/// Each task makes its own span.
pub async fn run_batch(batch: &'static str, jobs: Vec<Job>) -> Vec<&'static str> {
    async move {
        let tasks: Vec<_> = jobs
            .into_iter()
            .map(|job| {
                tokio::spawn(async move {
                    work(job).instrument(tracing::info_span!("job", name = job.name)).await
                })
            })
            .collect();
        let mut done = Vec::new();
        for task in tasks {
            done.push(task.await.expect("a job panicked"));
        }
        done
    }
    .instrument(tracing::info_span!("batch", name = batch))
    .await
}
// ANCHOR_END: run_batch
