// Mistake: aborts the task and reports it cancelled without awaiting the handle, so the task has not stopped when the function returns.
// Expect: Leak:
// ANCHOR: stop_worker
/// Aborts, and takes the abort's word for it.
pub async fn stop_worker(worker: Worker, after: Duration) -> Ending {
    let handle = tokio::spawn(work(worker));
    sleep(after).await;
    if handle.is_finished() {
        return match handle.await {
            Ok(steps) => Ending::Finished(steps),
            Err(_) => Ending::Panicked,
        };
    }
    handle.abort();
    Ending::Cancelled
}
// ANCHOR_END: stop_worker
