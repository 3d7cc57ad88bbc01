// Mistake: wraps the whole gather in one span that lists every URL, so all the events share one span and nothing tells the requests apart.
// Expect: one span for each, no more, no less
// ANCHOR: fetch_all
/// One span around all the requests.
pub async fn fetch_all(urls: Vec<&'static str>) -> Vec<Page> {
    let span = tracing::info_span!("request", url = urls.join(","));
    join_all(urls.into_iter().map(fetch)).instrument(span).await
}
// ANCHOR_END: fetch_all
