// Mistake: a queue of URLs fetched one after another (`for url in queue: await fetch(url)`), so the limits are never reached.
// Expect: to return after
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
    use tracing::Instrument;
    let visit = |url: String| async move {
        let _permit = acquire(limits, &url).await;
        let span = tracing::info_span!("request", url = %url);
        let result = fetch_page(fetcher, &url, policy).instrument(span).await;
        (url, result)
    };
    let mut summary = Summary::default();
    let mut seen = std::collections::HashSet::from([start.to_string()]);
    let mut visits = std::collections::VecDeque::new();
    visits.push_back(visit(start.to_string()));
    loop {
        let Some(next) = visits.pop_front() else { break };
        let (url, result) = tokio::select! {
            biased;
            () = stop.cancelled() => {
                summary.stopped = true;
                break;
            }
            visited = next => visited,
        };
        match result {
            Ok(page) => {
                for link in page.links {
                    if seen.insert(link.clone()) {
                        visits.push_back(visit(link));
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
