// Mistake: runs the jobs in batches of four, each batch only after the one before, so a fifth job waits for the first four.
// Expect: differs from the reference solution in
// ANCHOR: gather_with_fallback
/// Runs four jobs at a time, each with its fallback, batch after batch.
pub async fn gather_with_fallback(jobs: Vec<Job>, fallback: u32) -> Vec<u32> {
    let mut values = Vec::new();
    for batch in jobs.chunks(4) {
        let batch = batch.iter().map(|&job| async move { run_job(job).await.unwrap_or(fallback) });
        values.extend(join_all(batch).await);
    }
    values
}
// ANCHOR_END: gather_with_fallback
