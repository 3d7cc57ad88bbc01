// Mistake: decides by matching the `FetchError` against the statuses it knows (500, 502, 503, 504) instead of asking `is_worth_retrying`, so a 501 or a 599 is not retried.
// Expect: differs from the reference solution in
// ANCHOR: fetch_with_retry
/// Retries a timeout and the usual server errors.
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
            Err(error) => error,
        };
        let retry = matches!(error, FetchError::Timeout | FetchError::Status(500 | 502 | 503 | 504));
        if attempt >= attempts || !retry {
            return Err(error).context(format!("gave up after attempt {attempt}"));
        }
        tokio::time::sleep(wait).await;
        wait *= 2;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry
