// Alternative: plain `JoinHandle`s raced with `futures::future::select_all`, then each loser aborted and awaited.
// ANCHOR: first_to_finish
/// Races the handles; the losers are aborted, then awaited until they stop.
pub async fn first_to_finish(jobs: Vec<Job>) -> Result<u32, String> {
    let handles: Vec<_> = jobs.into_iter().map(|job| tokio::spawn(run_job(job))).collect();
    let (first, _index, rest) = futures::future::select_all(handles).await;
    for handle in &rest {
        handle.abort();
    }
    for handle in rest {
        let _stopped = handle.await;
    }
    first.map_err(|panicked| panicked.to_string())?
}
// ANCHOR_END: first_to_finish
