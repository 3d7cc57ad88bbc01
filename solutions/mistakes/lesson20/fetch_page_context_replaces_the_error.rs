// Mistake: replaces the error with a new one that names the URL (`raise FetchError(url)` without `from`), so the cause is lost.
// Expect: the error after three server errors
// ANCHOR: fetch_page
/// The URL in the error, the cause dropped.
pub async fn fetch_page(fetcher: &impl Fetch, url: &str, policy: &Policy) -> anyhow::Result<Page> {
    let tries = async {
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
    };
    tries.await.map_err(|_| anyhow::anyhow!("fetching {url}"))
}
// ANCHOR_END: fetch_page
