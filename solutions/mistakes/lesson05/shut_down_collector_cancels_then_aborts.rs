// Mistake: cancels the token and then aborts the task "to be sure", which stops it before it can flush.
// Expect: 0 means the flush never ran
// ANCHOR: shut_down_collector
/// Asks, then forces.
pub async fn shut_down_collector(after: Duration) -> usize {
    let token = CancellationToken::new();
    let collector = tokio::spawn(collect_until_cancelled(token.clone()));
    sleep(after).await;
    token.cancel();
    collector.abort();
    collector.await.unwrap_or_default()
}
// ANCHOR_END: shut_down_collector
