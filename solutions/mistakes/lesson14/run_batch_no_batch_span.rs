// Mistake: traces every job in its own span but forgets the batch span around them.
// Expect: no span called "batch" was recorded
// ANCHOR: run_batch
/// Each job in its own span.
pub async fn run_batch(_batch: &'static str, jobs: Vec<Job>) -> Vec<&'static str> {
    let tasks: Vec<_> = jobs
        .into_iter()
        .map(|job| tokio::spawn(work(job).instrument(tracing::info_span!("job", name = job.name))))
        .collect();
    let mut done = Vec::new();
    for task in tasks {
        done.push(task.await.expect("a job panicked"));
    }
    done
}
// ANCHOR_END: run_batch
