// Mistake: reads `attempts` as the number of retries after the first call, as some Python retry libraries do, so it calls `f` one time more than allowed.
// Expect: returned the wrong value
// ANCHOR: retry
/// Calls once, then retries `attempts` times.
pub async fn retry<T, E>(
    attempts: u32,
    backoff: Duration,
    f: impl AsyncFn() -> Result<T, E>,
) -> Result<T, E> {
    let mut wait = backoff;
    let mut outcome = f().await;
    for _ in 0..attempts {
        if outcome.is_ok() {
            break;
        }
        tokio::time::sleep(wait).await;
        wait *= 2;
        outcome = f().await;
    }
    outcome
}
// ANCHOR_END: retry
