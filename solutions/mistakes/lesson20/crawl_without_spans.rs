// Mistake: no span around the request, so nothing in the trace says which URL a request was for.
// Expect: a span `request{url=
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
    let visit = |url: String| async move {
        let _permit = acquire(limits, &url).await;
        let result = fetch_page(fetcher, &url, policy).await;
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
