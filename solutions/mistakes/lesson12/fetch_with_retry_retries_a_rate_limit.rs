// Mistake: also tries again after a 429 (too many requests), as many retry policies do, although the task names only no answer and the server errors (500 to 599) and calls every other status final.
// Expect: these were not: 429
// ANCHOR: fetch_with_retry
/// A rate limit counted as worth another try.
pub async fn fetch_with_retry(client: &Client, url: &str, attempts: u32) -> (u16, String) {
    let mut pause = FIRST_RETRY_PAUSE;
    let mut attempt = 1;
    loop {
        let (status, url) = fetch_status(client, url).await;
        let worth_retrying = matches!(status, 0 | 429 | 500..=599);
        if !worth_retrying || attempt >= attempts {
            return (status, url);
        }
        tokio::time::sleep(pause).await;
        pause *= 2;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry
