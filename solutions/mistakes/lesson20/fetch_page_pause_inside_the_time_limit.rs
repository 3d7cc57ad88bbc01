// Mistake: puts the time limit around a try and the pause after it, so a long pause after a quick try runs out of time, and the page times out although every try answered in time.
// Expect: differs from the reference solution in
// ANCHOR: fetch_page
/// One time limit for each try and its pause.
pub async fn fetch_page(fetcher: &impl Fetch, url: &str, policy: &Policy) -> anyhow::Result<Page> {
    use anyhow::Context;
    async {
        let mut pause = policy.first_pause;
        let mut attempt = 1;
        loop {
            let try_once = async {
                let page = fetcher.fetch(url).await?;
                let retry = (500..=599).contains(&page.status) && attempt < policy.attempts;
                if retry {
                    tokio::time::sleep(pause).await;
                }
                anyhow::Ok((page, retry))
            };
            let (page, retry) = tokio::time::timeout(policy.time_limit, try_once).await??;
            if retry {
                pause *= 2;
                attempt += 1;
                continue;
            }
            return match page.status {
                400..=599 => Err(anyhow::Error::new(BadStatus(page.status))),
                _ => Ok(page),
            };
        }
    }
    .await
    .with_context(|| format!("fetching {url}"))
}
// ANCHOR_END: fetch_page
