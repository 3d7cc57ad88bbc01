// Mistake: fetches each different URL once, in one span with its status, and hands the same page to every place it is asked for: a URL asked twice is fetched and traced once.
// Expect: differs from the reference solution in
// ANCHOR: fetch_with_status
/// One fetch per distinct URL, its page reused.
pub async fn fetch_with_status(urls: Vec<&'static str>) -> Vec<Page> {
    let mut distinct = urls.clone();
    distinct.sort();
    distinct.dedup();
    let fetches = distinct.iter().map(|&url| {
        let span = tracing::info_span!("request", url, status = tracing::field::Empty);
        async move {
            let page = fetch(url).await;
            tracing::Span::current().record("status", page.status);
            page
        }
        .instrument(span)
    });
    let pages = join_all(fetches).await;
    urls.iter().map(|url| pages[distinct.binary_search(url).expect("fetched")]).collect()
}
// ANCHOR_END: fetch_with_status
