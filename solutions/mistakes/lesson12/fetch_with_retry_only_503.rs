// Mistake: retries only a 503 (and no answer), the one "busy" status it has seen, not every server error.
// Expect: a server error
// ANCHOR: fetch_with_retry
/// Only 0 and 503 are worth another try.
pub async fn fetch_with_retry(client: &Client, url: &str, attempts: u32) -> (u16, String) {
    let mut pause = FIRST_RETRY_PAUSE;
    let mut attempt = 1;
    loop {
        let (status, url) = fetch_status(client, url).await;
        let worth_retrying = status == 0 || status == 503;
        if !worth_retrying || attempt >= attempts {
            return (status, url);
        }
        tokio::time::sleep(pause).await;
        pause *= 2;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry
