// Mistake: races each try against a `sleep` of the time limit with `select!` without `biased;`: when the answer comes exactly at the time limit, both are ready and tokio picks one at random, so half the time a try that took no more than its limit times out.
// Expect: differs from the reference solution in
// ANCHOR: fetch_page
/// Each try raced against its time limit.
pub async fn fetch_page(fetcher: &impl Fetch, url: &str, policy: &Policy) -> anyhow::Result<Page> {
    use anyhow::Context;
    async {
        let mut pause = policy.first_pause;
        let mut attempt = 1;
        loop {
            let page = tokio::select! {
                page = fetcher.fetch(url) => page?,
                () = tokio::time::sleep(policy.time_limit) => {
                    // tokio's own `Elapsed`, which only a `timeout` makes.
                    return Err(anyhow::Error::new(tokio::time::timeout(
                        std::time::Duration::ZERO,
                        std::future::pending::<()>(),
                    )
                    .await
                    .unwrap_err()));
                }
            };
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
