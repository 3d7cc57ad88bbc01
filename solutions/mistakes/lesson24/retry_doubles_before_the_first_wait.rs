// Mistake: doubles the wait before sleeping instead of after, so the first wait is already twice the backoff.
// Expect: did not run its work as expected
// ANCHOR: retry
/// Doubles the wait, then sleeps.
pub async fn retry<T, E>(
    attempts: u32,
    backoff: Duration,
    f: impl AsyncFn() -> Result<T, E>,
) -> Result<T, E> {
    let mut wait = backoff;
    let mut left = attempts.max(1);
    loop {
        let outcome = f().await;
        left -= 1;
        if outcome.is_ok() || left == 0 {
            return outcome;
        }
        wait *= 2;
        tokio::time::sleep(wait).await;
    }
}
// ANCHOR_END: retry
