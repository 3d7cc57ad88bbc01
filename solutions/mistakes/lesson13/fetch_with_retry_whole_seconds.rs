// Mistake: doubles the back-off in whole seconds (`Duration::from_secs(backoff.as_secs() * 2^n)`), which drops the part of a second: a back-off of 1.5 s waits 1 s, then 2 s.
// Expect: differs from the reference solution in when it returned
// ANCHOR: fetch_with_retry
/// Doubles the wait, counted in seconds.
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
        let wait = Duration::from_secs(backoff.as_secs() * 2u64.pow(attempt - 1));
        tokio::time::sleep(wait).await;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry
