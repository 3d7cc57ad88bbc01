// Mistake: waits on the handle with a timeout, as `asyncio.wait_for(task, after)` would, so it returns as soon as a short worker is done instead of after `after`.
// Expect: returned after
// ANCHOR: stop_worker
/// Waits at most `after` for the worker, then aborts it.
pub async fn stop_worker(worker: Worker, after: Duration) -> Ending {
    let mut handle = tokio::spawn(work(worker));
    let joined = match tokio::time::timeout(after, &mut handle).await {
        Ok(joined) => joined,
        Err(_) => {
            handle.abort();
            handle.await
        }
    };
    match joined {
        Ok(steps) => Ending::Finished(steps),
        Err(error) if error.is_cancelled() => Ending::Cancelled,
        Err(_) => Ending::Panicked,
    }
}
// ANCHOR_END: stop_worker
