// Alternative: cancels through a `DropGuard` that is dropped after the wait, instead of calling `cancel()`.
// ANCHOR: shut_down_collector
/// Dropping the guard cancels the token.
pub async fn shut_down_collector(after: Duration) -> usize {
    let token = CancellationToken::new();
    let collector = tokio::spawn(collect_until_cancelled(token.clone()));
    let stop_on_drop = token.drop_guard();
    sleep(after).await;
    drop(stop_on_drop);
    collector.await.expect("the collector panicked")
}
// ANCHOR_END: shut_down_collector
