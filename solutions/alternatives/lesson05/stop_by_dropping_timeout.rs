// Alternative: `tokio::time::timeout` around the worker instead of a `select!` against a sleep.
// ANCHOR: stop_by_dropping
/// `timeout` drops the worker's future when time is up.
pub async fn stop_by_dropping(worker: Worker, after: Duration) -> Option<u32> {
    tokio::time::timeout(after, work(worker)).await.ok()
}
// ANCHOR_END: stop_by_dropping
