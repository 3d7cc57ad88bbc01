// Mistake: puts `.instrument(span)` on the `JoinHandle` instead of on the job's future: the span is entered only while the handle is awaited, and the job runs in its task outside every span.
// Expect: events were recorded outside any span called "job"
// ANCHOR: run_batch
/// Instruments each job's handle.
pub async fn run_batch(batch: &'static str, jobs: Vec<Job>) -> Vec<&'static str> {
    async move {
        let tasks: Vec<_> = jobs
            .into_iter()
            .map(|job| tokio::spawn(work(job)).instrument(tracing::info_span!("job", name = job.name)))
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
