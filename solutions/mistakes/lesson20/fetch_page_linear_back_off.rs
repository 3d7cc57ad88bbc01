// Mistake: pauses `first_pause * attempt` before each retry: 1, 2, 3 times the first pause, where the spec doubles it (1, 2, 4). With three tries the two agree.
// Expect: differs from the reference solution in
// ANCHOR: fetch_page
/// A pause that grows by `first_pause` each time.
pub async fn fetch_page(fetcher: &impl Fetch, url: &str, policy: &Policy) -> anyhow::Result<Page> {
    use anyhow::Context;
    async {
        let mut attempt = 1;
        loop {
            let page = tokio::time::timeout(policy.time_limit, fetcher.fetch(url)).await??;
            match page.status {
                500..=599 if attempt < policy.attempts => {
                    tokio::time::sleep(policy.first_pause * attempt).await;
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
