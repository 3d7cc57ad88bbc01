// Mistake: makes a span per request but never attaches it to the fetch, so it closes at once and the fetch's events belong to no span.
// Expect: events were recorded outside any span called "request"
// ANCHOR: fetch_all
/// Makes a span per request, then fetches.
pub async fn fetch_all(urls: Vec<&'static str>) -> Vec<Page> {
    let fetches = urls.into_iter().map(|url| {
        let _span = tracing::info_span!("request", url);
        fetch(url)
    });
    join_all(fetches).await
}
// ANCHOR_END: fetch_all
