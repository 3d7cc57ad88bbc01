// Mistake: logs the status as a field of an event inside the span, which leaves the span itself without a `status`.
// Expect: has no field `status`
// ANCHOR: fetch_with_status
/// Logs the status once the page is in.
pub async fn fetch_with_status(urls: Vec<&'static str>) -> Vec<Page> {
    let fetches = urls.into_iter().map(|url| {
        async move {
            let page = fetch(url).await;
            tracing::info!(status = page.status, "answered");
            page
        }
        .instrument(tracing::info_span!("request", url, status = tracing::field::Empty))
    });
    join_all(fetches).await
}
// ANCHOR_END: fetch_with_status
