// Mistake: loops `for _ in 0..attempts` and keeps the last outcome in an `Option`, so with 0 attempts it never calls `f` and has nothing to return: it panics.
// Expect: there is always a last outcome
// ANCHOR: retry
/// Calls `f` once per attempt.
pub async fn retry<T, E>(
    attempts: u32,
    backoff: Duration,
    f: impl AsyncFn() -> Result<T, E>,
) -> Result<T, E> {
    let mut wait = backoff;
    let mut last = None;
    for attempt in 0..attempts {
        if attempt > 0 {
            tokio::time::sleep(wait).await;
            wait *= 2;
        }
        let outcome = f().await;
        if outcome.is_ok() {
            return outcome;
        }
        last = Some(outcome);
    }
    last.expect("there is always a last outcome")
}
// ANCHOR_END: retry
