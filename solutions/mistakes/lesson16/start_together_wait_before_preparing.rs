// Mistake: waits at the barrier before preparing instead of after: everyone is "ready" at 0, and each runs when its own preparation ends.
// Expect: did not run its work as expected
// ANCHOR: start_together
/// The barrier is passed first.
pub async fn start_together(preparations: Vec<u64>) -> usize {
    use tokio::sync::Barrier;

    let barrier = Arc::new(Barrier::new(preparations.len()));
    let workers: Vec<_> = (1..)
        .zip(preparations)
        .map(|(worker, units)| {
            let barrier = Arc::clone(&barrier);
            tokio::spawn(async move {
                let leader = barrier.wait().await.is_leader();
                prepare(worker, units).await;
                run(worker).await;
                leader
            })
        })
        .collect();
    let leaders = join_all(workers).await;
    let mut leader = 0;
    for (worker, led) in (1..).zip(leaders) {
        if led.expect("a worker panicked") {
            leader = worker;
        }
    }
    leader
}
// ANCHOR_END: start_together
