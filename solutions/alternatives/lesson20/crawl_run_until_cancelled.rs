// Alternative: `CancellationToken::run_until_cancelled` around each wait instead of `select!`.
// ANCHOR: crawl
/// The pages in flight are a `FuturesUnordered`: a stream of visits in the
/// order they end. A URL is marked as seen when it is discovered, not when
/// it is fetched, so two pages that link to it do not both queue it.
pub async fn crawl(
    fetcher: &impl Fetch,
    start: &str,
    limits: &Limits,
    policy: &Policy,
    stop: CancellationToken,
) -> Summary {
    use futures::StreamExt;
    use tracing::Instrument;
    let visit = |url: String| async move {
        let _permit = acquire(limits, &url).await;
        let span = tracing::info_span!("request", url = %url);
        let result = fetch_page(fetcher, &url, policy).instrument(span).await;
        (url, result)
    };
    let mut summary = Summary::default();
    let mut seen = std::collections::HashSet::from([start.to_string()]);
    let mut visits = futures::stream::FuturesUnordered::new();
    visits.push(visit(start.to_string()));
    loop {
        // `None` from the token means it was cancelled; `Some(None)` that
        // no page is left.
        let (url, result) = match stop.run_until_cancelled(visits.next()).await {
            Some(Some(visited)) => visited,
            Some(None) => break,
            None => {
                summary.stopped = true;
                break;
            }
        };
        match result {
            Ok(page) => {
                for link in page.links {
                    if seen.insert(link.clone()) {
                        visits.push(visit(link));
                    }
                }
                summary.pages.insert(url, Ok(page.status));
            }
            Err(error) => {
                summary.pages.insert(url, Err(format!("{error:#}")));
            }
        }
    }
    summary
}
// ANCHOR_END: crawl
