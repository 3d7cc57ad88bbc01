// Mistake: skips failures and returns the first job that succeeds, where the first job to end is asked for, failure or not.
// Expect: returned the wrong value
// ANCHOR: first_to_finish
/// Waits for the first success (or the last failure).
pub async fn first_to_finish(jobs: Vec<Job>) -> Result<u32, String> {
    let mut set = JoinSet::new();
    for job in jobs {
        set.spawn(run_job(job));
    }
    let mut last = Err("no job".to_string());
    while let Some(joined) = set.join_next().await {
        last = joined.map_err(|panicked| panicked.to_string()).and_then(|result| result);
        if last.is_ok() {
            break;
        }
    }
    set.shutdown().await;
    last
}
// ANCHOR_END: first_to_finish
