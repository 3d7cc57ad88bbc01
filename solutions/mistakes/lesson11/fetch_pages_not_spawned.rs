// Mistake: shares one client but makes the requests inside the function with `join_all` instead of in a spawned task each.
// Expect: in a spawned task of its own
// ANCHOR: fetch_pages
/// One client; the requests are joined here, not spawned.
pub async fn fetch_pages(paths: Vec<&'static str>) -> Vec<&'static str> {
    let client = Client::new();
    join_all(paths.into_iter().map(|path| client.get(path))).await
}
// ANCHOR_END: fetch_pages
