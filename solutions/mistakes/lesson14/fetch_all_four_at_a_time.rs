// Mistake: fetches at most four URLs at a time (`buffered(4)`) where the spec asks for every URL at the same time: the same with four or fewer, slower with more.
// Expect: differs from the reference solution in
// ANCHOR: fetch_all
/// Four fetches at once, in order.
pub async fn fetch_all(urls: Vec<&'static str>) -> Vec<Page> {
    use futures::StreamExt;
    futures::stream::iter(urls)
        .map(|url| fetch(url).instrument(tracing::info_span!("request", url)))
        .buffered(4)
        .collect()
        .await
}
// ANCHOR_END: fetch_all
