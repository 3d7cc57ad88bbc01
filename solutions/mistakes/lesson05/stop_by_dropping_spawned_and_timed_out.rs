// Mistake: spawns the worker and puts the timeout on its handle, which gives up waiting but leaves the worker running.
// Expect: Leak:
// ANCHOR: stop_by_dropping
/// Times out the handle of a spawned worker.
pub async fn stop_by_dropping(worker: Worker, after: Duration) -> Option<u32> {
    let handle = tokio::spawn(work(worker));
    tokio::time::timeout(after, handle).await.ok().and_then(Result::ok)
}
// ANCHOR_END: stop_by_dropping
