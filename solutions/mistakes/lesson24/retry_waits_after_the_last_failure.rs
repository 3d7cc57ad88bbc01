// Mistake: sleeps after every failed call, the last one included, before finding that no attempt is left: the caller gets the last error a whole backoff late.
// Expect: to return after 9.00s, but it returned after 13.00s
// ANCHOR: retry
/// Waits after each failure, then checks whether to call again.
pub async fn retry<T, E>(
    attempts: u32,
    backoff: Duration,
    f: impl AsyncFn() -> Result<T, E>,
) -> Result<T, E> {
    let mut wait = backoff;
    let mut outcome = f().await;
    for _ in 1..attempts.max(1) {
        if outcome.is_ok() {
            return outcome;
        }
        tokio::time::sleep(wait).await;
        wait *= 2;
        outcome = f().await;
    }
    if outcome.is_err() {
        tokio::time::sleep(wait).await;
    }
    outcome
}
// ANCHOR_END: retry
