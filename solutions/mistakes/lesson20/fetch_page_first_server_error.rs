// Mistake: remembers the first server error and returns it when the tries run out, where the spec returns the last; a page that answers 500 every time hides the difference.
// Expect: differs from the reference solution in
// ANCHOR: fetch_page
/// The first server error is the one to report.
pub async fn fetch_page(fetcher: &impl Fetch, url: &str, policy: &Policy) -> anyhow::Result<Page> {
    use anyhow::Context;
    async {
        let mut pause = policy.first_pause;
        let mut attempt = 1;
        let mut first_error = None;
        loop {
            let page = tokio::time::timeout(policy.time_limit, fetcher.fetch(url)).await??;
            match page.status {
                500..=599 if attempt < policy.attempts => {
                    first_error.get_or_insert(page.status);
                    tokio::time::sleep(pause).await;
                    pause *= 2;
                    attempt += 1;
                }
                status @ 400..=599 => {
                    let status = first_error.unwrap_or(status);
                    return Err(anyhow::Error::new(BadStatus(status)));
                }
                _ => return Ok(page),
            }
        }
    }
    .await
    .with_context(|| format!("fetching {url}"))
}
// ANCHOR_END: fetch_page
