// Alternative: the workers in a `JoinSet`, awaited in the order they finish.
// ANCHOR: start_together
/// Workers in a set, awaited in finishing order.
pub async fn start_together(preparations: Vec<Duration>) {
    use tokio::sync::Barrier;

    let barrier = Arc::new(Barrier::new(preparations.len()));
    let mut workers = tokio::task::JoinSet::new();
    for (worker, time) in (1..).zip(preparations) {
        let barrier = Arc::clone(&barrier);
        workers.spawn(async move {
            prepare(worker, time).await;
            let result = barrier.wait().await;
            if result.is_leader() {
                announce().await;
            }
            run(worker).await;
        });
    }
    while let Some(done) = workers.join_next().await {
        done.expect("a worker panicked");
    }
}
// ANCHOR_END: start_together
