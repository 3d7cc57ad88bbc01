// Mistake: races the jobs with `select_all`, then spawns the jobs that lost anew, so they start over instead of going on.
// Expect: did not run its work as expected
// ANCHOR: first_completed
/// Races fresh futures, then spawns the losing jobs from the start.
pub async fn first_completed(
    jobs: Vec<Job>,
) -> (Result<u32, String>, Vec<JoinHandle<Result<u32, String>>>) {
    let racing = jobs.iter().map(|job| tokio::spawn(run_job(*job)));
    let (first, index, losers) = futures::future::select_all(racing).await;
    for loser in &losers {
        loser.abort();
    }
    for loser in losers {
        let _ = loser.await;
    }
    let first = first.unwrap_or_else(|panicked| Err(panicked.to_string()));
    let rest = jobs
        .into_iter()
        .enumerate()
        .filter(|(position, _)| *position != index)
        .map(|(_, job)| tokio::spawn(run_job(job)))
        .collect();
    (first, rest)
}
// ANCHOR_END: first_completed
