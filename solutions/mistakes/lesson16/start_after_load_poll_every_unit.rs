// Mistake: the worker polls a shared flag once a unit (`while not ready: await asyncio.sleep(1)`): with a warm-up of whole units it looks at the flag on the very instant the signal comes and starts on time, but after a warm-up that ends between two units it starts up to a unit late.
// Expect: differs from the reference solution
// ANCHOR: start_after_load
/// The worker checks a flag every unit.
pub async fn start_after_load(warm_up_time: Duration) {
    use std::sync::atomic::{AtomicBool, Ordering};
    let ready = Arc::new(AtomicBool::new(false));
    let worker = tokio::spawn({
        let ready = Arc::clone(&ready);
        async move {
            warm_up(warm_up_time).await;
            while !ready.load(Ordering::SeqCst) {
                sleep(UNIT).await;
            }
            serve().await;
        }
    });
    load_config().await;
    ready.store(true, Ordering::SeqCst);
    worker.await.expect("the worker panicked");
}
// ANCHOR_END: start_after_load
