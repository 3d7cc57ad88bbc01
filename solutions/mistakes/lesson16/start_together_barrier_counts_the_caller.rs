// Mistake: makes the barrier one party bigger, counting this function too, but never waits at it here: the workers wait for a party that never comes.
// Expect: Hung:
// ANCHOR: start_together
/// A barrier for the workers and the caller.
pub async fn start_together(preparations: Vec<u64>) -> usize {
    use tokio::sync::Barrier;

    let barrier = Arc::new(Barrier::new(preparations.len() + 1));
    let workers: Vec<_> = (1..)
        .zip(preparations)
        .map(|(worker, units)| {
            let barrier = Arc::clone(&barrier);
            tokio::spawn(async move {
                prepare(worker, units).await;
                let leader = barrier.wait().await.is_leader();
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
