// Mistake: ignores what `wait()` returns and lets every worker announce, where asyncio code checks for index 0: the announcement is made once per worker.
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
                prepare(worker, time).await;
                barrier.wait().await;
                announce().await;
                run(worker).await;
            })
        })
        .collect();
    for worker in join_all(workers).await {
        worker.expect("a worker panicked");
    }
}
// ANCHOR_END: start_together
