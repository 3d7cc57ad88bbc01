// Mistake: the worker polls a shared flag every 0.3 units (`while not ready: await asyncio.sleep(0.3)`), so it starts up to 0.3 units late instead of when the signal comes.
// Expect: did not run its work as expected
// ANCHOR: start_after_load
/// A flag, checked every 0.3 units.
pub async fn start_after_load(warm_up_time: Duration) {
    let ready = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let worker = tokio::spawn({
        let ready = Arc::clone(&ready);
        async move {
            warm_up(warm_up_time).await;
            while !ready.load(std::sync::atomic::Ordering::SeqCst) {
                sleep(Duration::from_millis(300)).await;
            }
            serve().await;
        }
    });
    load_config().await;
    ready.store(true, std::sync::atomic::Ordering::SeqCst);
    worker.await.expect("the worker panicked");
}
// ANCHOR_END: start_after_load
