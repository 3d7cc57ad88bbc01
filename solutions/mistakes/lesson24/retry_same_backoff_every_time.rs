// Mistake: waits `backoff` after every failure, the same each time, where the wait doubles after each failure.
// Expect: did not run its work as expected
// ANCHOR: retry
/// Waits the same backoff after each failure.
pub async fn retry<T, E>(
    attempts: u32,
    backoff: Duration,
    f: impl AsyncFn() -> Result<T, E>,
) -> Result<T, E> {
    let mut left = attempts.max(1);
    loop {
        let outcome = f().await;
        left -= 1;
        if outcome.is_ok() || left == 0 {
            return outcome;
        }
        tokio::time::sleep(backoff).await;
    }
}
// ANCHOR_END: retry
