// Mistake: keeps waiting past a failure for the first job that succeeds, as if a failed job had not completed.
// Expect: a job that fails has completed too
// ANCHOR: first_completed
/// Returns the first success (or the last failure when none succeeds).
pub async fn first_completed(
    jobs: Vec<Job>,
) -> (Result<u32, String>, Vec<JoinHandle<Result<u32, String>>>) {
    let mut pending: Vec<_> = jobs.into_iter().map(|job| tokio::spawn(run_job(job))).collect();
    loop {
        let (first, _index, rest) = futures::future::select_all(pending).await;
        let first = first.unwrap_or_else(|panicked| Err(panicked.to_string()));
        if first.is_ok() || rest.is_empty() {
            return (first, rest);
        }
        pending = rest;
    }
}
// ANCHOR_END: first_completed
