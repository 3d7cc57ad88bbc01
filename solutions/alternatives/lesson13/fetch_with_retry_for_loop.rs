// Alternative: a `for` loop over the attempt numbers, the back-off computed from the attempt (`backoff * 2^(n-1)`).
// ANCHOR: fetch_with_retry
/// One pass per attempt; the wait before attempt n+1 is `backoff * 2^(n-1)`.
pub async fn fetch_with_retry(
    server: &FlakyServer,
    attempts: u32,
    backoff: Duration,
) -> anyhow::Result<&'static str> {
    for attempt in 1.. {
        let error = match server.fetch().await {
            Ok(text) => return Ok(text),
            Err(error) => anyhow::Error::from(error),
        };
        if attempt >= attempts || !is_worth_retrying(&error) {
            return Err(error).context(format!("gave up after attempt {attempt}"));
        }
        tokio::time::sleep(backoff * 2u32.pow(attempt - 1)).await;
    }
    unreachable!("the loop returns by the last attempt")
}
// ANCHOR_END: fetch_with_retry
