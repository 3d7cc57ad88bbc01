// Mistake: takes server errors as `500..599`, a range without its end, so a 599 is final at once instead of tried again.
// Expect: differs from the reference solution in
// ANCHOR: fetch_page
/// Server errors as a half-open range.
pub async fn fetch_page(fetcher: &impl Fetch, url: &str, policy: &Policy) -> anyhow::Result<Page> {
    use anyhow::Context;
    async {
        let mut pause = policy.first_pause;
        let mut attempt = 1;
        loop {
            let page = tokio::time::timeout(policy.time_limit, fetcher.fetch(url)).await??;
            match page.status {
                500..599 if attempt < policy.attempts => {
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
