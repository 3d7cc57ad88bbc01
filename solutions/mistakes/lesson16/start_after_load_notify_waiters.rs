// Mistake: signals with `notify_waiters()`, the closest thing to `Event.set()`: it wakes only the tasks waiting at that moment, so a worker still warming up misses the signal for ever.
// Expect: Hung:
// Expect: the lost wake-up
// ANCHOR: start_after_load
/// Wakes whoever waits right now.
pub async fn start_after_load(warm_up_time: Duration) {
    use tokio::sync::Notify;

    let start = Arc::new(Notify::new());
    let worker = tokio::spawn({
        let start = Arc::clone(&start);
        async move {
            warm_up(warm_up_time).await;
            start.notified().await;
            serve().await;
        }
    });
    load_config().await;
    start.notify_waiters();
    worker.await.expect("the worker panicked");
}
// ANCHOR_END: start_after_load
