// Alternative: a `watch` channel holding "started", which a late worker reads with `wait_for`; it would start any number of workers.
// ANCHOR: start_after_load
/// A flag that can be waited for.
pub async fn start_after_load(warm_up_time: Duration) {
    use tokio::sync::watch;

    let (go, mut started) = watch::channel(false);
    let worker = tokio::spawn(async move {
        warm_up(warm_up_time).await;
        started.wait_for(|started| *started).await.expect("the signal was dropped");
        serve().await;
    });
    load_config().await;
    go.send_replace(true);
    worker.await.expect("the worker panicked");
}
// ANCHOR_END: start_after_load
