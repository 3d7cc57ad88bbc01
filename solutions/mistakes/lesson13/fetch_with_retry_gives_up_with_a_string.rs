// Mistake: gives up with a new error made of the last one's text, so the caller can no longer ask what kind of failure it was.
// Expect: returned the wrong value
// Expect: Unknown
// ANCHOR: fetch_with_retry
/// Retries like the reference, but reports the last failure as text.
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
        if attempt >= attempts || !is_worth_retrying(&error) {
            anyhow::bail!("gave up after attempt {attempt}: {error}");
        }
        tokio::time::sleep(wait).await;
        wait *= 2;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry
