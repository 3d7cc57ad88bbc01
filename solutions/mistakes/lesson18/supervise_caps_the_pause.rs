// Mistake: stops doubling the pause at four times the first, a ceiling such back-offs often have but this one does not: from the fourth failure on, the pauses are too short.
// Expect: differs from the reference solution in
// ANCHOR: supervise
/// Doubling, up to a ceiling.
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
                sleep(pause).await;
                pause = (pause * 2).min(first_pause * 4);
            }
        }
    }
}
// ANCHOR_END: supervise
