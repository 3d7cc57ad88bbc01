// Mistake: loads, signals, then runs the worker in this function, one step after the other: the warm-up no longer overlaps the load.
// Expect: did not run its work as expected
// ANCHOR: start_after_load
/// The worker runs after the load, in place.
pub async fn start_after_load(warm_up_time: Duration) {
    use tokio::sync::Notify;

    let start = Notify::new();
    load_config().await;
    start.notify_one();
    warm_up(warm_up_time).await;
    start.notified().await;
    serve().await;
}
// ANCHOR_END: start_after_load
