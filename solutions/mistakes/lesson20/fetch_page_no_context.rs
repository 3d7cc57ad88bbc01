// Mistake: passes the error on with `?` alone, so nothing says which page failed.
// Expect: with the URL as context
// ANCHOR: fetch_page
/// Errors as they come.
pub async fn fetch_page(fetcher: &impl Fetch, url: &str, policy: &Policy) -> anyhow::Result<Page> {
    let mut pause = policy.first_pause;
    let mut attempt = 1;
    loop {
        let page = tokio::time::timeout(policy.time_limit, fetcher.fetch(url)).await??;
        match page.status {
            500..=599 if attempt < policy.attempts => {
                tokio::time::sleep(pause).await;
                pause *= 2;
                attempt += 1;
            }
            400..=599 => return Err(anyhow::Error::new(BadStatus(page.status))),
            _ => return Ok(page),
        }
    }
}
// ANCHOR_END: fetch_page
