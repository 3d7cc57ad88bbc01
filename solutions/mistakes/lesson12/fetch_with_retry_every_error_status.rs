// Mistake: retries every error status, 4xx included, although a client error will not change on another try.
// Expect: will not change
// ANCHOR: fetch_with_retry
/// Anything but a success is worth another try.
pub async fn fetch_with_retry(client: &Client, url: &str, attempts: u32) -> (u16, String) {
    let mut pause = FIRST_RETRY_PAUSE;
    let mut attempt = 1;
    loop {
        let (status, url) = fetch_status(client, url).await;
        let worth_retrying = status == 0 || status >= 400;
        if !worth_retrying || attempt >= attempts {
            return (status, url);
        }
        tokio::time::sleep(pause).await;
        pause *= 2;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry
