// Mistake: retries whatever went wrong, a 404 included, without asking whether the failure is worth another request.
// Expect: returned the wrong value
// Expect: a 404 is not worth
// ANCHOR: fetch_with_retry
/// Tries again after any failure, doubling the wait.
pub async fn fetch_with_retry(
    server: &FlakyServer,
    attempts: u32,
    backoff: Duration,
) -> anyhow::Result<&'static str> {
    let mut wait = backoff;
    let mut attempt = 1;
    loop {
        match server.fetch().await {
            Ok(text) => return Ok(text),
            Err(error) if attempt >= attempts => {
                return Err(error).context(format!("gave up after attempt {attempt}"));
            }
            Err(_) => {}
        }
        tokio::time::sleep(wait).await;
        wait *= 2;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry
