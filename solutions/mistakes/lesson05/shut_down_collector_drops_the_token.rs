// Mistake: drops its token instead of cancelling it; the collector holds a clone, so it is never told to stop.
// Expect: Hung:
// ANCHOR: shut_down_collector
/// Lets its token go, expecting that to stop the collector.
pub async fn shut_down_collector(after: Duration) -> usize {
    let token = CancellationToken::new();
    let collector = tokio::spawn(collect_until_cancelled(token.clone()));
    sleep(after).await;
    drop(token);
    collector.await.expect("the collector panicked")
}
// ANCHOR_END: shut_down_collector
