// Mistake: keeps the spans in a map by URL and, once all pages are in, records each page's status on the span its URL finds: a URL asked twice finds one span twice, and the other span never gets its status.
// Expect: differs from the reference solution in
// ANCHOR: fetch_with_status
/// Spans by URL; statuses recorded at the end.
pub async fn fetch_with_status(urls: Vec<&'static str>) -> Vec<Page> {
    let mut spans = std::collections::HashMap::new();
    let fetches: Vec<_> = urls
        .iter()
        .map(|&url| {
            let span = tracing::info_span!("request", url, status = tracing::field::Empty);
            spans.insert(url, span.clone());
            fetch(url).instrument(span)
        })
        .collect();
    let pages = join_all(fetches).await;
    for page in &pages {
        spans[page.url].record("status", page.status);
    }
    pages
}
// ANCHOR_END: fetch_with_status
