// Mistake: gives the signal and returns, as if setting the Event were the end of the job; the worker is still warming up or serving.
// Expect: Leak:
// ANCHOR: start_after_load
/// Returns right after the signal.
pub async fn start_after_load(warm_up_time: Duration) {
    use tokio::sync::Notify;

    let start = Arc::new(Notify::new());
    tokio::spawn({
        let start = Arc::clone(&start);
        async move {
            warm_up(warm_up_time).await;
            start.notified().await;
            serve().await;
        }
    });
    load_config().await;
    start.notify_one();
}
// ANCHOR_END: start_after_load
