// Mistake: tries again after any error status, 404 included, as if every failure might go away.
// Expect: a client error will not change on another try
// ANCHOR: fetch_page
/// Every status from 400 up gets another try.
pub async fn fetch_page(fetcher: &impl Fetch, url: &str, policy: &Policy) -> anyhow::Result<Page> {
    use anyhow::Context;
    async {
        let mut pause = policy.first_pause;
        let mut attempt = 1;
        loop {
            let page = tokio::time::timeout(policy.time_limit, fetcher.fetch(url)).await??;
            if page.status < 400 {
                return Ok(page);
            }
            if attempt >= policy.attempts {
                return Err(anyhow::Error::new(BadStatus(page.status)));
            }
            tokio::time::sleep(pause).await;
            pause *= 2;
            attempt += 1;
        }
    }
    .await
    .with_context(|| format!("fetching {url}"))
}
// ANCHOR_END: fetch_page
