// Mistake: awaits the first job in the list rather than the first one to end.
// Expect: returned the wrong value
// ANCHOR: first_to_finish
/// Spawns every job and waits for the first handle, then stops the rest.
pub async fn first_to_finish(jobs: Vec<Job>) -> Result<u32, String> {
    let mut handles: Vec<_> = jobs.into_iter().map(|job| tokio::spawn(run_job(job))).collect();
    let first = handles.remove(0).await;
    for handle in &handles {
        handle.abort();
    }
    for handle in handles {
        let _stopped = handle.await;
    }
    first.map_err(|panicked| panicked.to_string())?
}
// ANCHOR_END: first_to_finish
