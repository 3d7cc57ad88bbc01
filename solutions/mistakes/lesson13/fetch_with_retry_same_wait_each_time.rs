// Mistake: waits the same `backoff` before every retry instead of doubling it.
// Expect: did not run its work as expected
// Expect: attempt 3
// ANCHOR: fetch_with_retry
/// Tries again after a retryable failure, always after the same wait.
pub async fn fetch_with_retry(
    server: &FlakyServer,
    attempts: u32,
    backoff: Duration,
) -> anyhow::Result<&'static str> {
    let mut attempt = 1;
    loop {
        let error = match server.fetch().await {
            Ok(text) => return Ok(text),
            Err(error) => anyhow::Error::from(error),
        };
        if attempt >= attempts || !is_worth_retrying(&error) {
            return Err(error.context(format!("gave up after attempt {attempt}")));
        }
        tokio::time::sleep(backoff).await;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry
