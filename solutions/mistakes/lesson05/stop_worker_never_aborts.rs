// Mistake: waits `after`, then awaits the handle without aborting, so the worker runs to its end.
// Expect: returned the wrong value
// ANCHOR: stop_worker
/// Sleeps, then waits for the worker to finish.
pub async fn stop_worker(worker: Worker, after: Duration) -> Ending {
    let handle = tokio::spawn(work(worker));
    sleep(after).await;
    match handle.await {
        Ok(steps) => Ending::Finished(steps),
        Err(error) if error.is_cancelled() => Ending::Cancelled,
        Err(_) => Ending::Panicked,
    }
}
// ANCHOR_END: stop_worker
