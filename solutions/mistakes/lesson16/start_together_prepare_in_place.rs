// Mistake: prepares every worker at once in this function (`join_all`, the gather standing in for the barrier), then spawns each worker to announce and run: the times are right, but the workers are not the ones that prepared, and there is no barrier to wait at.
// Expect: differs from the reference solution
// ANCHOR: start_together
/// Prepares all in place, then spawns the runs.
pub async fn start_together(preparations: Vec<Duration>) {
    let count = preparations.len();
    join_all((1..).zip(preparations).map(|(worker, time)| prepare(worker, time))).await;
    let workers: Vec<_> = (1..=count)
        .map(|worker| {
            tokio::spawn(async move {
                if worker == 1 {
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
