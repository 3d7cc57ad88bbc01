// Mistake: counts each wait from when the failed call started (`sleep_until(started + wait)`), not from when it returned: a slow call eats into its own backoff.
// Expect: did not run its work as expected
// ANCHOR: retry
/// Waits until the backoff after the call's start.
pub async fn retry<T, E>(
    attempts: u32,
    backoff: Duration,
    f: impl AsyncFn() -> Result<T, E>,
) -> Result<T, E> {
    let mut wait = backoff;
    let mut left = attempts.max(1);
    loop {
        let started = tokio::time::Instant::now();
        let outcome = f().await;
        left -= 1;
        if outcome.is_ok() || left == 0 {
            return outcome;
        }
        tokio::time::sleep_until(started + wait).await;
        wait *= 2;
    }
}
// ANCHOR_END: retry
