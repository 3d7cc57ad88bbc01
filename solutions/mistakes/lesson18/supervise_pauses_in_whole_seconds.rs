// Mistake: doubles the pause in whole seconds, `Duration::from_secs(first_pause.as_secs() << n)`: a first pause with a fraction of a second loses the fraction, every time.
// Expect: differs from the reference solution in
// ANCHOR: supervise
/// Pauses of whole seconds, doubling.
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
                sleep(Duration::from_secs(first_pause.as_secs() << (failures - 1))).await;
            }
        }
    }
}
// ANCHOR_END: supervise
