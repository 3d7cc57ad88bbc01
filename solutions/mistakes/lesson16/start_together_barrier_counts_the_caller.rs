// Mistake: makes the barrier one party bigger, counting this function too, but never waits at it here: the workers wait for a party that never comes.
// Expect: Hung:
// ANCHOR: start_together
/// A variant of the workers.
pub async fn start_together(preparations: Vec<Duration>) {
    use tokio::sync::Barrier;

    let barrier = Arc::new(Barrier::new(preparations.len() + 1));
    let workers: Vec<_> = (1..)
        .zip(preparations)
        .map(|(worker, time)| {
            let barrier = Arc::clone(&barrier);
            tokio::spawn(async move {
                prepare(worker, time).await;
                if barrier.wait().await.is_leader() {
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
