// Alternative: a `for` loop over the tries and a `match` on the three outcomes of a try, with the context added where each error is returned.
// ANCHOR: fetch_page
/// One pass of the loop per try; the pause doubles after each.
pub async fn fetch_page(fetcher: &impl Fetch, url: &str, policy: &Policy) -> anyhow::Result<Page> {
    use anyhow::Context;
    let context = || format!("fetching {url}");
    let tries = policy.attempts.max(1);
    let mut pause = policy.first_pause;
    for attempt in 1..=tries {
        let page = match tokio::time::timeout(policy.time_limit, fetcher.fetch(url)).await {
            Ok(Ok(page)) => page,
            Ok(Err(error)) => return Err(error.context(context())),
            Err(elapsed) => return Err(elapsed).with_context(context),
        };
        let server_error = (500..600).contains(&page.status);
        if server_error && attempt < tries {
            tokio::time::sleep(pause).await;
            pause *= 2;
        } else if page.status >= 400 {
            return Err(BadStatus(page.status)).with_context(context);
        } else {
            return Ok(page);
        }
    }
    unreachable!("the last try always returns")
}
// ANCHOR_END: fetch_page
