// Mistake: pauses after every failure, the last one too, and only then decides to give up: the caller waits for a restart that never comes.
// Expect: to return after 6.00s, but it returned after 10.00s
// ANCHOR: supervise
/// A last pause for nothing.
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
                sleep(pause).await;
                pause *= 2;
                if failures >= max_failures {
                    return Err(GaveUp { failures });
                }
            }
        }
    }
}
// ANCHOR_END: supervise
