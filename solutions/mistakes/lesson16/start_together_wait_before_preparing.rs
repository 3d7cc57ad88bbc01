// Mistake: waits at the barrier before preparing instead of after: everyone is "ready" at 0, and each runs when its own preparation ends.
// Expect: did not run its work as expected
// ANCHOR: start_together
/// A variant of the workers.
pub async fn start_together(preparations: Vec<Duration>) {
    use tokio::sync::Barrier;

    let barrier = Arc::new(Barrier::new(preparations.len()));
    let workers: Vec<_> = (1..)
        .zip(preparations)
        .map(|(worker, time)| {
            let barrier = Arc::clone(&barrier);
            tokio::spawn(async move {
                let leads = barrier.wait().await.is_leader();
                prepare(worker, time).await;
                if leads {
                    announce().await;
                }
                run(worker).await;
            })
        })
        .collect();
    for worker in join_all(workers).await {
        worker.expect("a worker panicked");
    }
}
// ANCHOR_END: start_together
