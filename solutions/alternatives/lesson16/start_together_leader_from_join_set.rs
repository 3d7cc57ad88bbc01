// Alternative: the workers in a `JoinSet`, each returning its number and whether it led.
// ANCHOR: start_together
/// Results in finishing order, each naming its worker.
pub async fn start_together(preparations: Vec<u64>) -> usize {
    use tokio::sync::Barrier;

    let barrier = Arc::new(Barrier::new(preparations.len()));
    let mut workers = tokio::task::JoinSet::new();
    for (worker, units) in (1..).zip(preparations) {
        let barrier = Arc::clone(&barrier);
        workers.spawn(async move {
            prepare(worker, units).await;
            let led = barrier.wait().await.is_leader();
            run(worker).await;
            (worker, led)
        });
    }
    let mut leader = 0;
    while let Some(done) = workers.join_next().await {
        let (worker, led) = done.expect("a worker panicked");
        if led {
            leader = worker;
        }
    }
    leader
}
// ANCHOR_END: start_together
