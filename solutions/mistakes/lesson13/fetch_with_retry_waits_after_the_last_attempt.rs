// Mistake: sleeps after every retryable failure, the last one included, so it gives up one back-off later than it could.
// Expect: to return after 6.00s, but it returned after 10.00s
// ANCHOR: fetch_with_retry
/// Waits after each retryable failure, then checks whether attempts are left.
pub async fn fetch_with_retry(
    server: &FlakyServer,
    attempts: u32,
    backoff: Duration,
) -> anyhow::Result<&'static str> {
    let mut wait = backoff;
    let mut attempt = 1;
    loop {
        let error = match server.fetch().await {
            Ok(text) => return Ok(text),
            Err(error) => anyhow::Error::from(error),
        };
        if !is_worth_retrying(&error) {
            return Err(error.context(format!("gave up after attempt {attempt}")));
        }
        tokio::time::sleep(wait).await;
        if attempt >= attempts {
            return Err(error.context(format!("gave up after attempt {attempt}")));
        }
        wait *= 2;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry
