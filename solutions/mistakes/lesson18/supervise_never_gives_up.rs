// Mistake: never gives up: `max_failures` is not used, and a worker that keeps failing is restarted forever.
// Expect: A spawned task panicked 5 time(s). This exercise expects exactly 3
// ANCHOR: supervise
/// Restarts forever.
pub async fn supervise(
    worker: Worker,
    max_failures: usize,
    first_pause: Duration,
) -> Result<u32, GaveUp> {
    let mut pause = first_pause;
    loop {
        match tokio::spawn(worker.run()).await {
            Ok(value) => return Ok(value),
            Err(_) => {
                sleep(pause).await;
                pause *= 2;
            }
        }
    }
}
// ANCHOR_END: supervise
