// Mistake: races the tasks with `select_all` in a loop that checks for an empty list only after a round, and `select_all` panics on an empty list: no jobs at all make it panic.
// Expect: This happened on a generated scenario
// ANCHOR: all_completed
/// One round per job that ends, until none is left.
pub async fn all_completed(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    let mut pending: Vec<_> = jobs.into_iter().map(|job| tokio::spawn(run_job(job))).collect();
    let mut done = Vec::new();
    loop {
        let (joined, _index, rest) = futures::future::select_all(pending).await;
        done.push(joined.unwrap_or_else(|panicked| Err(panicked.to_string())));
        if rest.is_empty() {
            return done;
        }
        pending = rest;
    }
}
// ANCHOR_END: all_completed
