// Mistake: enters each job's span only around `tokio::spawn`, with `span.enter()`, as if the task took the span along; the task runs later, outside it.
// Expect: events were recorded outside any span called "job"
// ANCHOR: run_batch
/// Spawns each job while its span is entered.
pub async fn run_batch(batch: &'static str, jobs: Vec<Job>) -> Vec<&'static str> {
    async move {
        let tasks: Vec<_> = jobs
            .into_iter()
            .map(|job| {
                let span = tracing::info_span!("job", name = job.name);
                let _entered = span.enter();
                tokio::spawn(work(job))
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
