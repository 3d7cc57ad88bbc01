// Mistake: pauses the same `first_pause` before every restart: no back-off, so a worker that keeps failing is restarted at a steady rate.
// Expect: did not run its work as expected
// ANCHOR: supervise
/// The same pause every time.
pub async fn supervise(
    worker: Worker,
    max_failures: usize,
    first_pause: Duration,
) -> Result<u32, GaveUp> {
    let mut failures = 0;
    loop {
        match tokio::spawn(worker.run()).await {
            Ok(value) => return Ok(value),
            Err(_) => {
                failures += 1;
                if failures >= max_failures {
                    return Err(GaveUp { failures });
                }
                sleep(first_pause).await;
            }
        }
    }
}
// ANCHOR_END: supervise
