// Mistake: aborts the collector instead of cancelling its token, so it never gets to flush.
// Expect: 0 means the flush never ran
// ANCHOR: shut_down_collector
/// Stops the collector with `abort`, as `task.cancel()` would in Python.
pub async fn shut_down_collector(after: Duration) -> usize {
    let token = CancellationToken::new();
    let collector = tokio::spawn(collect_until_cancelled(token.clone()));
    sleep(after).await;
    collector.abort();
    collector.await.unwrap_or_default()
}
// ANCHOR_END: shut_down_collector
