// Mistake: pauses after every failed try, the last one too, so it gives up one pause late.
// Expect: no pause after the last
// ANCHOR: fetch_with_retry
/// Sleeps before deciding whether another try is allowed.
pub async fn fetch_with_retry(client: &Client, url: &str, attempts: u32) -> (u16, String) {
    let mut pause = FIRST_RETRY_PAUSE;
    let mut attempt = 1;
    loop {
        let (status, url) = fetch_status(client, url).await;
        let worth_retrying = status == 0 || (500..600).contains(&status);
        if !worth_retrying {
            return (status, url);
        }
        tokio::time::sleep(pause).await;
        if attempt >= attempts {
            return (status, url);
        }
        pause *= 2;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry
