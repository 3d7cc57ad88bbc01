// Mistake: records the status through `Span::current()` after the instrumented fetch has returned, where the request's span is no longer the current one, so the record goes nowhere.
// Expect: has no field `status`
// ANCHOR: fetch_with_status
/// Records the status after the fetch.
pub async fn fetch_with_status(urls: Vec<&'static str>) -> Vec<Page> {
    let fetches = urls.into_iter().map(|url| async move {
        let span = tracing::info_span!("request", url, status = tracing::field::Empty);
        let page = fetch(url).instrument(span).await;
        tracing::Span::current().record("status", page.status);
        page
    });
    join_all(fetches).await
}
// ANCHOR_END: fetch_with_status
