// Mistake: declares only `url` on the span and then records `status`: `record` ignores a field the span was not made with, silently.
// Expect: has no field `status`
// ANCHOR: fetch_with_status
/// Records the status on a span declared with the URL only.
pub async fn fetch_with_status(urls: Vec<&'static str>) -> Vec<Page> {
    let fetches = urls.into_iter().map(|url| {
        async move {
            let page = fetch(url).await;
            tracing::Span::current().record("status", page.status);
            page
        }
        .instrument(tracing::info_span!("request", url))
    });
    join_all(fetches).await
}
// ANCHOR_END: fetch_with_status
