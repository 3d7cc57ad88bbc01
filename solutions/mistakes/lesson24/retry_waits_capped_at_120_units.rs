// Mistake: caps each wait at 120 units, as urllib3's default maximum backoff does, where the wait keeps doubling with no limit.
// Expect: did not run its work as expected
// ANCHOR: retry
/// Retries with a doubling wait of at most 120 units.
pub async fn retry<T, E>(
    attempts: u32,
    backoff: Duration,
    f: impl AsyncFn() -> Result<T, E>,
) -> Result<T, E> {
    // As urllib3 does: never back off longer than two minutes.
    const MAX_BACKOFF: Duration = Duration::from_secs(120);

    let mut outcome = f().await;
    let mut wait = backoff;
    for _ in 1..attempts {
        if outcome.is_ok() {
            break;
        }
        tokio::time::sleep(wait.min(MAX_BACKOFF)).await;
        wait *= 2;
        outcome = f().await;
    }
    outcome
}
// ANCHOR_END: retry
