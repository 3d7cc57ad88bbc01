// Mistake: pauses FIRST_RETRY_PAUSE before every try, never doubling it.
// Expect: pauses of 1, 2 and 4 units
// ANCHOR: fetch_with_retry
/// The same pause between all tries.
pub async fn fetch_with_retry(client: &Client, url: &str, attempts: u32) -> (u16, String) {
    let mut attempt = 1;
    loop {
        let (status, url) = fetch_status(client, url).await;
        let worth_retrying = status == 0 || (500..600).contains(&status);
        if !worth_retrying || attempt >= attempts {
            return (status, url);
        }
        tokio::time::sleep(FIRST_RETRY_PAUSE).await;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry
