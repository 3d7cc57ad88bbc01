// Mistake: counts retries instead of attempts (`for retry in 0..=attempts`), so it makes one request more than allowed.
// Expect: returned the wrong value
// Expect: the fourth request would have succeeded
// ANCHOR: fetch_with_retry
/// A first try, then up to `attempts` retries.
pub async fn fetch_with_retry(
    server: &FlakyServer,
    attempts: u32,
    backoff: Duration,
) -> anyhow::Result<&'static str> {
    let mut wait = backoff;
    let mut retry = 0;
    loop {
        let error = match server.fetch().await {
            Ok(text) => return Ok(text),
            Err(error) => anyhow::Error::from(error),
        };
        if retry >= attempts || !is_worth_retrying(&error) {
            return Err(error.context(format!("gave up after attempt {}", retry + 1)));
        }
        tokio::time::sleep(wait).await;
        wait *= 2;
        retry += 1;
    }
}
// ANCHOR_END: fetch_with_retry
