// Mistake: traces each request correctly but awaits them in a loop, one after another, so three requests take 6 units instead of 3.
// Expect: to return after 3.00s, but it returned after 6.00s
// ANCHOR: fetch_all
/// Fetches each URL in turn, each in its span.
pub async fn fetch_all(urls: Vec<&'static str>) -> Vec<Page> {
    let mut pages = Vec::new();
    for url in urls {
        pages.push(fetch(url).instrument(tracing::info_span!("request", url)).await);
    }
    pages
}
// ANCHOR_END: fetch_all
