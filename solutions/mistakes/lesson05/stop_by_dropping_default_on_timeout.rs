// Mistake: turns a timeout into `Some(0)` with `unwrap_or_default()`, where running out of time must give `None`.
// Expect: returned the wrong value
// ANCHOR: stop_by_dropping
/// Falls back to the default step count when time runs out.
pub async fn stop_by_dropping(worker: Worker, after: Duration) -> Option<u32> {
    Some(tokio::time::timeout(after, work(worker)).await.unwrap_or_default())
}
// ANCHOR_END: stop_by_dropping
