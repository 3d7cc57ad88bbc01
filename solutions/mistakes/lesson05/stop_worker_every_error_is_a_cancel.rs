// Mistake: takes every `JoinError` for a cancellation, so a worker that panicked is reported as cancelled.
// Expect: returned the wrong value
// ANCHOR: stop_worker
/// Aborts and awaits, but does not ask the `JoinError` what it was.
pub async fn stop_worker(worker: Worker, after: Duration) -> Ending {
    let handle = tokio::spawn(work(worker));
    sleep(after).await;
    handle.abort();
    match handle.await {
        Ok(steps) => Ending::Finished(steps),
        Err(_) => Ending::Cancelled,
    }
}
// ANCHOR_END: stop_worker
