// Mistake: no time limit on a try (aiohttp has a default one; reqwest and this fetcher have none), so a page that never answers is waited for forever.
// Expect: Hung: the code was still waiting
// ANCHOR: fetch_page
/// Waits for every answer, however long it takes.
pub async fn fetch_page(fetcher: &impl Fetch, url: &str, policy: &Policy) -> anyhow::Result<Page> {
    use anyhow::Context;
    async {
        let mut pause = policy.first_pause;
        let mut attempt = 1;
        loop {
            let page = fetcher.fetch(url).await?;
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
    .await
    .with_context(|| format!("fetching {url}"))
}
// ANCHOR_END: fetch_page
