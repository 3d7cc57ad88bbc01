// ANCHOR: retry
/// A counted loop: the wait for try `n` (from 0) is `backoff * 2^(n-1)`.
pub async fn retry<T, E>(
    attempts: u32,
    backoff: Duration,
    f: impl AsyncFn() -> Result<T, E>,
) -> Result<T, E> {
    let mut outcome = f().await;
    for retried in 0..attempts.saturating_sub(1) {
        if outcome.is_ok() {
            break;
        }
        tokio::time::sleep(backoff * 2u32.pow(retried)).await;
        outcome = f().await;
    }
    outcome
}
// ANCHOR_END: retry
