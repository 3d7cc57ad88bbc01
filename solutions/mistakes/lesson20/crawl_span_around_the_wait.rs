// Mistake: opens the request's span before it waits for its permit, so the span covers the wait as well as the request; with limits that bind, a span shows a request running while it only waited.
// Expect: differs from the reference solution in
// ANCHOR: crawl
/// The span is around all a visit does, the wait for its permit too.
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
        let span = tracing::info_span!("request", url = %url);
        let result = async {
            let _permit = acquire(limits, &url).await;
            fetch_page(fetcher, &url, policy).await
        }
        .instrument(span)
        .await;
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
