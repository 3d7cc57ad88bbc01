// Mistake: restarts a failed worker at once, with no pause at all.
// Expect: did not run its work as expected
// ANCHOR: supervise
/// No pause.
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
            }
        }
    }
}
// ANCHOR_END: supervise
