// Mistake: runs the worker to its end and only then checks whether it took too long, so nothing is ever cancelled.
// Expect: did not run its work as expected
// ANCHOR: stop_by_dropping
/// Times the worker and throws its result away if it was late.
pub async fn stop_by_dropping(worker: Worker, after: Duration) -> Option<u32> {
    let start = tokio::time::Instant::now();
    let steps = work(worker).await;
    (start.elapsed() <= after).then_some(steps)
}
// ANCHOR_END: stop_by_dropping
