// Mistake: keeps the first error and returns it when every call failed, as if the first failure told the whole story; the spec asks for the last call's error.
// Expect: returned the wrong value
// ANCHOR: retry
/// Remembers the first error.
pub async fn retry<T, E>(
    attempts: u32,
    backoff: Duration,
    f: impl AsyncFn() -> Result<T, E>,
) -> Result<T, E> {
    let mut wait = backoff;
    let mut first_error = None;
    for attempt in 1..=attempts.max(1) {
        match f().await {
            Ok(value) => return Ok(value),
            Err(error) => {
                first_error.get_or_insert(error);
            }
        }
        if attempt < attempts.max(1) {
            tokio::time::sleep(wait).await;
            wait *= 2;
        }
    }
    Err(first_error.expect("at least one call failed"))
}
// ANCHOR_END: retry
