// Alternative: a `oneshot` channel as the start signal: the value waits in the channel until the worker receives it.
// ANCHOR: start_after_load
/// The signal is a message.
pub async fn start_after_load(warm_up_time: Duration) {
    let (go, started) = tokio::sync::oneshot::channel::<()>();
    let worker = tokio::spawn(async move {
        warm_up(warm_up_time).await;
        started.await.expect("the signal was dropped");
        serve().await;
    });
    load_config().await;
    let _ = go.send(());
    worker.await.expect("the worker panicked");
}
// ANCHOR_END: start_after_load
