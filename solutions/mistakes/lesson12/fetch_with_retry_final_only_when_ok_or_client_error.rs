// Mistake: takes only a 200 or a client error (400 to 499) as final and tries again after anything else, so another success (201, 204) or a redirect (301) is asked for again.
// Expect: these were not: 201
// ANCHOR: fetch_with_retry
/// Final: OK, or the client's own fault; everything else is worth another try.
pub async fn fetch_with_retry(client: &Client, url: &str, attempts: u32) -> (u16, String) {
    let mut pause = FIRST_RETRY_PAUSE;
    let mut attempt = 1;
    loop {
        let (status, url) = fetch_status(client, url).await;
        let is_final = status == 200 || (400..500).contains(&status);
        if is_final || attempt >= attempts {
            return (status, url);
        }
        tokio::time::sleep(pause).await;
        pause *= 2;
        attempt += 1;
    }
}
// ANCHOR_END: fetch_with_retry
