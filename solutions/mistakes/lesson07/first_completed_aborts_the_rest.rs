// Mistake: aborts the tasks that did not end first before handing back their handles, as if `select!` had dropped them.
// Expect: do not abort the tasks you hand back
// ANCHOR: first_completed
/// Takes the first to end and aborts the others.
pub async fn first_completed(
    jobs: Vec<Job>,
) -> (Result<u32, String>, Vec<JoinHandle<Result<u32, String>>>) {
    let tasks = jobs.into_iter().map(|job| tokio::spawn(run_job(job)));
    let (first, _index, pending) = futures::future::select_all(tasks).await;
    for handle in &pending {
        handle.abort();
    }
    let first = first.unwrap_or_else(|panicked| Err(panicked.to_string()));
    (first, pending)
}
// ANCHOR_END: first_completed
