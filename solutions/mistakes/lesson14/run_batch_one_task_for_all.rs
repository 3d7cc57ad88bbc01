// Mistake: spawns one task for the whole batch, which runs the jobs together with `join_all`: each job has its span inside the batch, but the jobs do not run in tasks of their own.
// Expect: differs from the reference solution in
// ANCHOR: run_batch
/// One task for the batch; the jobs joined inside it.
pub async fn run_batch(batch: &'static str, jobs: Vec<Job>) -> Vec<&'static str> {
    let batch_span = tracing::info_span!("batch", name = batch);
    let jobs: Vec<_> = batch_span.in_scope(|| {
        jobs.into_iter()
            .map(|job| work(job).instrument(tracing::info_span!("job", name = job.name)))
            .collect()
    });
    tokio::spawn(join_all(jobs).instrument(batch_span)).await.expect("a job panicked")
}
// ANCHOR_END: run_batch
