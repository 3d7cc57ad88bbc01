// Mistake: waits `backoff * attempt`, which grows by one back-off each time (1, 2, 3, 4) instead of doubling (1, 2, 4, 8): the same for the first two waits, not after.
// Expect: differs from the reference solution in when it returned
// ANCHOR: fetch_with_retry
/// Waits a little longer after each failure.
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
        tokio::time::sleep(backoff * attempt).await;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry
