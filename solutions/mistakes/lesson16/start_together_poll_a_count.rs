// Mistake: instead of a `Barrier`, each worker adds itself to a shared count once prepared and checks the count once a unit until everyone is there: with preparations of whole units every check lands on the instant the last worker arrives, but a worker whose preparation ends between units starts late.
// Expect: differs from the reference solution
// ANCHOR: start_together
/// Workers count themselves in and check the count every unit.
pub async fn start_together(preparations: Vec<Duration>) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let everyone = preparations.len();
    let arrived = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (1..)
        .zip(preparations)
        .map(|(worker, time)| {
            let arrived = Arc::clone(&arrived);
            tokio::spawn(async move {
                prepare(worker, time).await;
                if arrived.fetch_add(1, Ordering::SeqCst) + 1 == everyone {
                    announce().await;
                }
                while arrived.load(Ordering::SeqCst) < everyone {
                    sleep(UNIT).await;
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
