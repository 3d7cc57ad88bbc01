// Alternative: the worker creates its `notified()` future before warming up; a `Notified` counts a `notify_waiters()` from the moment it is created, so nothing is lost.
// ANCHOR: start_after_load
/// Registered early, woken by `notify_waiters`.
pub async fn start_after_load(warm_up_time: Duration) {
    use tokio::sync::Notify;

    let start = Arc::new(Notify::new());
    let worker = tokio::spawn({
        let start = Arc::clone(&start);
        async move {
            let signal = start.notified();
            warm_up(warm_up_time).await;
            signal.await;
            serve().await;
        }
    });
    load_config().await;
    start.notify_waiters();
    worker.await.expect("the worker panicked");
}
// ANCHOR_END: start_after_load
