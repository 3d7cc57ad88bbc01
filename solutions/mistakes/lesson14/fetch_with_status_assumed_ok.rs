// Mistake: fills the status in when the span is made, before the answer, assuming every page answers 200.
// Expect: the `status` of each span called "request"
// ANCHOR: fetch_with_status
/// Declares the status up front.
pub async fn fetch_with_status(urls: Vec<&'static str>) -> Vec<Page> {
    let fetches = urls
        .into_iter()
        .map(|url| fetch(url).instrument(tracing::info_span!("request", url, status = 200)));
    join_all(fetches).await
}
// ANCHOR_END: fetch_with_status
