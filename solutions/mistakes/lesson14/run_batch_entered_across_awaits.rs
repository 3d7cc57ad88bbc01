// Mistake: enters the batch span with `span.enter()` and keeps the guard across the awaits: the jobs are traced right, but the batch span stays entered on the thread while other tasks run, so their events land in it and the spans they open get it as their parent.
// Expect: differs from the reference solution in
// ANCHOR: run_batch
/// The batch span entered with a guard for the whole function.
pub async fn run_batch(batch: &'static str, jobs: Vec<Job>) -> Vec<&'static str> {
    let batch_span = tracing::info_span!("batch", name = batch);
    let _entered = batch_span.enter();
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
