// Mistake: marks a page as seen when its answer arrives (`if url not in done`), so a page found again while still in flight is queued twice.
// Expect: how many requests the site got
// ANCHOR: crawl
/// Seen once fetched.
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
        let (url, result) = tokio::select! {
            // Stopping wins over a page that ends at the same moment.
            biased;
            () = stop.cancelled() => {
                summary.stopped = true;
                break;
            }
            next = visits.next() => match next {
                Some(visited) => visited,
                None => break,
            },
        };
        match result {
            Ok(page) => {
                seen.insert(url.clone());
                for link in page.links {
                    if !seen.contains(&link) {
                        visits.push(visit(link));
                    }
                }
                summary.pages.insert(url, Ok(page.status));
            }
            Err(error) => {
                seen.insert(url.clone());
                summary.pages.insert(url, Err(format!("{error:#}")));
            }
        }
    }
    summary
}
// ANCHOR_END: crawl
