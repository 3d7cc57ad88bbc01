// Alternative: spawns one task per request, each future carrying its span into its task, and joins the handles in order.
// ANCHOR: fetch_all
/// One task per request, each in its span.
pub async fn fetch_all(urls: Vec<&'static str>) -> Vec<Page> {
    let tasks = urls.into_iter().map(|url| {
        tokio::spawn(fetch(url).instrument(tracing::info_span!("request", url)))
    });
    let pages = join_all(tasks).await;
    pages.into_iter().map(|page| page.expect("a fetch panicked")).collect()
}
// ANCHOR_END: fetch_all
