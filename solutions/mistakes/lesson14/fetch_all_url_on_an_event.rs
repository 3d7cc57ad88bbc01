// Mistake: gives the URL to an event inside the span (`info!(url, ...)`) instead of to the span, so the span has no `url` field and the fetch's own events still do not say which URL they are for.
// Expect: has no field `url`
// ANCHOR: fetch_all
/// Logs the URL at the start of each request's span.
pub async fn fetch_all(urls: Vec<&'static str>) -> Vec<Page> {
    let fetches = urls.into_iter().map(|url| {
        async move {
            tracing::info!(url, "fetching");
            fetch(url).await
        }
        .instrument(tracing::info_span!("request"))
    });
    join_all(fetches).await
}
// ANCHOR_END: fetch_all
