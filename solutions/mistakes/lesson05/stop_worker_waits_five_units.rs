// Mistake: waits the story's 5 units before the abort instead of the `after` it is given.
// Expect: differs from the reference solution in
// ANCHOR: stop_worker
/// The abort comes at 5, whatever `after` says.
pub async fn stop_worker(worker: Worker, after: Duration) -> Ending {
    let _ = after;
    let handle = tokio::spawn(work(worker));
    sleep(Duration::from_secs(5)).await;
    handle.abort();
    match handle.await {
        Ok(steps) => Ending::Finished(steps),
        Err(error) if error.is_cancelled() => Ending::Cancelled,
        Err(_) => Ending::Panicked,
    }
}
// ANCHOR_END: stop_worker
