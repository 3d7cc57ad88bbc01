// Mistake: counts restarts instead of failures, and gives up only when the restarts exceed `max_failures`: one failure too many.
// Expect: A spawned task panicked 4 time(s). This exercise expects exactly 3
// ANCHOR: supervise
/// Gives up one failure late.
pub async fn supervise(
    worker: Worker,
    max_failures: usize,
    first_pause: Duration,
) -> Result<u32, GaveUp> {
    let mut restarts = 0;
    let mut pause = first_pause;
    loop {
        match tokio::spawn(worker.run()).await {
            Ok(value) => return Ok(value),
            Err(_) => {
                if restarts >= max_failures {
                    return Err(GaveUp { failures: restarts + 1 });
                }
                restarts += 1;
                sleep(pause).await;
                pause *= 2;
            }
        }
    }
}
// ANCHOR_END: supervise
