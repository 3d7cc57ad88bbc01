// Mistake: races the job futures themselves with `select_all` and spawns only the ones left, so the jobs did not start as tasks of their own.
// Expect: in a spawned task of its own
// ANCHOR: first_completed
/// Races the futures in place, then moves the unfinished ones into tasks.
pub async fn first_completed(
    jobs: Vec<Job>,
) -> (Result<u32, String>, Vec<JoinHandle<Result<u32, String>>>) {
    let racing = jobs.into_iter().map(|job| Box::pin(run_job(job)));
    let (first, _index, rest) = futures::future::select_all(racing).await;
    (first, rest.into_iter().map(tokio::spawn).collect())
}
// ANCHOR_END: first_completed
