// Mistake: drops the handle to stop the task, as dropping a future would; dropping a `JoinHandle` only detaches the task.
// Expect: Leak:
// ANCHOR: stop_worker
/// Drops the handle of a worker that is still busy.
pub async fn stop_worker(worker: Worker, after: Duration) -> Ending {
    let handle = tokio::spawn(work(worker));
    sleep(after).await;
    if !handle.is_finished() {
        drop(handle);
        return Ending::Cancelled;
    }
    match handle.await {
        Ok(steps) => Ending::Finished(steps),
        Err(error) if error.is_cancelled() => Ending::Cancelled,
        Err(_) => Ending::Panicked,
    }
}
// ANCHOR_END: stop_worker
