// Mistake: shares one client but awaits each task as soon as it is spawned, so the requests run one after another.
// Expect: to return after
// ANCHOR: fetch_pages
/// One client; one request at a time.
pub async fn fetch_pages(paths: Vec<&'static str>) -> Vec<&'static str> {
    let client = Client::new();
    let mut fetched = Vec::new();
    for path in paths {
        let client = client.clone();
        let task = tokio::spawn(async move { client.get(path).await });
        fetched.push(task.await.expect("a request panicked"));
    }
    fetched
}
// ANCHOR_END: fetch_pages
