// Mistake: retries a 429 (Too Many Requests) as if it were a server error, as a polite client might; the spec makes every client error from 400 to 499 final.
// Expect: differs from the reference solution in
// ANCHOR: fetch_page
/// 429 is worth another try, like a server error.
pub async fn fetch_page(fetcher: &impl Fetch, url: &str, policy: &Policy) -> anyhow::Result<Page> {
    use anyhow::Context;
    async {
        let mut pause = policy.first_pause;
        let mut attempt = 1;
        loop {
            let page = tokio::time::timeout(policy.time_limit, fetcher.fetch(url)).await??;
            match page.status {
                429 | 500..=599 if attempt < policy.attempts => {
                    tokio::time::sleep(pause).await;
                    pause *= 2;
                    attempt += 1;
                }
                400..=599 => return Err(anyhow::Error::new(BadStatus(page.status))),
                _ => return Ok(page),
            }
        }
    }
    .await
    .with_context(|| format!("fetching {url}"))
}
// ANCHOR_END: fetch_page
