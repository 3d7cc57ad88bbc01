// Mistake: takes the first worker to arrive as the leader, the way asyncio's `wait()` hands index 0 to the first arrival; tokio's leader is the task whose arrival fills the barrier.
// Expect: returned the wrong value
// ANCHOR: start_together
/// The first to arrive is taken as the leader.
pub async fn start_together(preparations: Vec<u64>) -> usize {
    use tokio::sync::Barrier;

    let barrier = Arc::new(Barrier::new(preparations.len()));
    let arrived = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (1..)
        .zip(preparations)
        .map(|(worker, units)| {
            let barrier = Arc::clone(&barrier);
            let arrived = Arc::clone(&arrived);
            tokio::spawn(async move {
                prepare(worker, units).await;
                arrived.lock().await.push(worker);
                barrier.wait().await;
                run(worker).await;
            })
        })
        .collect();
    for worker in join_all(workers).await {
        worker.expect("a worker panicked");
    }
    let first = arrived.lock().await[0];
    first
}
// ANCHOR_END: start_together
