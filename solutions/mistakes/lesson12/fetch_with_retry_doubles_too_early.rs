// Mistake: doubles the pause before it sleeps instead of after, so the pauses are 2, 4, 8 units instead of 1, 2, 4.
// Expect: pauses of 1, 2 and 4 units
// ANCHOR: fetch_with_retry
/// Doubles first, then sleeps.
pub async fn fetch_with_retry(client: &Client, url: &str, attempts: u32) -> (u16, String) {
    let mut pause = FIRST_RETRY_PAUSE;
    let mut attempt = 1;
    loop {
        let (status, url) = fetch_status(client, url).await;
        let worth_retrying = status == 0 || (500..600).contains(&status);
        if !worth_retrying || attempt >= attempts {
            return (status, url);
        }
        pause *= 2;
        tokio::time::sleep(pause).await;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry
