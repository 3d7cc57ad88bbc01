// Mistake: with `attempts` of 0 it makes no request at all and fails at once, though the spec says at least one request is made.
// Expect: differs from the reference solution in
// ANCHOR: fetch_with_retry
/// Tries again only while the failure is worth it and attempts are left,
/// doubling the wait each time.
pub async fn fetch_with_retry(
    server: &FlakyServer,
    attempts: u32,
    backoff: Duration,
) -> anyhow::Result<&'static str> {
    let mut wait = backoff;
    let mut last = anyhow::anyhow!("no attempts allowed").context("gave up after attempt 0");
    for attempt in 1..=attempts {
        let error = match server.fetch().await {
            Ok(text) => return Ok(text),
            Err(error) => anyhow::Error::from(error),
        };
        if attempt >= attempts || !is_worth_retrying(&error) {
            return Err(error.context(format!("gave up after attempt {attempt}")));
        }
        last = error;
        tokio::time::sleep(wait).await;
        wait *= 2;
    }
    Err(last)
}
// ANCHOR_END: fetch_with_retry
