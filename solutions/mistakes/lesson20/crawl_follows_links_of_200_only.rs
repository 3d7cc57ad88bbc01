// Mistake: follows the links of a page only when it answered 200, as if a 301 or a 203 had nothing worth following; the spec fetches every page a page links to, and a fake page below 400 has its links.
// Expect: differs from the reference solution in
// ANCHOR: crawl
/// Links are followed on pages that answered 200.
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
            Ok(page) if page.status == 200 => {
                for link in page.links {
                    if seen.insert(link.clone()) {
                        visits.push(visit(link));
                    }
                }
                summary.pages.insert(url, Ok(page.status));
            }
            Ok(page) => {
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
