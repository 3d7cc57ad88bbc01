// Mistake: doubles the pause before the first one, so the pauses are 2, 4, 8 units instead of 1, 2, 4.
// Expect: did not run its work as expected
// ANCHOR: supervise
/// The first pause is already doubled.
pub async fn supervise(
    worker: Worker,
    max_failures: usize,
    first_pause: Duration,
) -> Result<u32, GaveUp> {
    let mut failures = 0;
    let mut pause = first_pause;
    loop {
        match tokio::spawn(worker.run()).await {
            Ok(value) => return Ok(value),
            Err(_) => {
                failures += 1;
                if failures >= max_failures {
                    return Err(GaveUp { failures });
                }
                pause *= 2;
                sleep(pause).await;
            }
        }
    }
}
// ANCHOR_END: supervise
