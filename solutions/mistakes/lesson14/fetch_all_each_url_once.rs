// Mistake: fetches each different URL once and hands the same page to every place it is asked for: the pages come back right, but a URL asked twice is fetched and traced once.
// Expect: differs from the reference solution in
// ANCHOR: fetch_all
/// One fetch per distinct URL, its page reused.
pub async fn fetch_all(urls: Vec<&'static str>) -> Vec<Page> {
    let mut distinct = urls.clone();
    distinct.sort();
    distinct.dedup();
    let fetches = distinct
        .iter()
        .map(|&url| fetch(url).instrument(tracing::info_span!("request", url)));
    let pages = join_all(fetches).await;
    urls.iter().map(|url| pages[distinct.binary_search(url).expect("fetched")]).collect()
}
// ANCHOR_END: fetch_all
