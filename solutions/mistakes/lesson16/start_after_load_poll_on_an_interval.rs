// Mistake: once warmed up, the worker checks a shared flag on every tick of a `tokio::time::interval` of half a unit: after a warm-up of whole units a tick falls on the instant the signal comes, but after one that ends between units the ticks miss it, and the worker serves up to half a unit late.
// Expect: differs from the reference solution
// ANCHOR: start_after_load
/// The worker checks a flag on every tick of an interval.
pub async fn start_after_load(warm_up_time: Duration) {
    use std::sync::atomic::{AtomicBool, Ordering};
    let ready = Arc::new(AtomicBool::new(false));
    let worker = tokio::spawn({
        let ready = Arc::clone(&ready);
        async move {
            warm_up(warm_up_time).await;
            let mut ticks = tokio::time::interval(UNIT / 2);
            loop {
                ticks.tick().await;
                if ready.load(Ordering::SeqCst) {
                    break;
                }
            }
            serve().await;
        }
    });
    load_config().await;
    ready.store(true, Ordering::SeqCst);
    worker.await.expect("the worker panicked");
}
// ANCHOR_END: start_after_load
