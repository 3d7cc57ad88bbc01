// Mistake: counts retries instead of tries, so it makes `attempts` retries after the first try: one request too many.
// Expect: no more
// ANCHOR: fetch_with_retry
/// The first try plus `attempts` retries.
pub async fn fetch_with_retry(client: &Client, url: &str, attempts: u32) -> (u16, String) {
    let mut pause = FIRST_RETRY_PAUSE;
    let mut retries = 0;
    loop {
        let (status, url) = fetch_status(client, url).await;
        let worth_retrying = status == 0 || (500..600).contains(&status);
        if !worth_retrying || retries >= attempts {
            return (status, url);
        }
        tokio::time::sleep(pause).await;
        pause *= 2;
        retries += 1;
    }
}
// ANCHOR_END: fetch_with_retry
