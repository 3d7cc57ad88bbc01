// Mistake: runs the collector inside the function with `join!` instead of spawning it as a task.
// Expect: in a spawned task of its own
// ANCHOR: shut_down_collector
/// Runs the collector and the canceller side by side in this task.
pub async fn shut_down_collector(after: Duration) -> usize {
    let token = CancellationToken::new();
    let cancel_later = async {
        sleep(after).await;
        token.cancel();
    };
    let (flushed, ()) = tokio::join!(collect_until_cancelled(token.clone()), cancel_later);
    flushed
}
// ANCHOR_END: shut_down_collector
