// Mistake: puts the time limit around all the tries together (`asyncio.timeout` around the loop), so slow tries that each fit their limit add up to a timeout.
// Expect: the page: 503, 503, then 200 on the third try
// ANCHOR: fetch_page
/// One time limit for the whole loop of tries.
pub async fn fetch_page(fetcher: &impl Fetch, url: &str, policy: &Policy) -> anyhow::Result<Page> {
    use anyhow::Context;
    let tries = async {
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
    };
    async { tokio::time::timeout(policy.time_limit, tries).await? }
        .await
        .with_context(|| format!("fetching {url}"))
}
// ANCHOR_END: fetch_page
