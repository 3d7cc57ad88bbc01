// Alternative: puts the one client in an `Arc` and hands each task a clone of the `Arc`, with the tasks in a `JoinSet`.
// ANCHOR: fetch_pages
/// One client behind an `Arc`; the results are put back in the order given.
pub async fn fetch_pages(paths: Vec<&'static str>) -> Vec<&'static str> {
    let client = Arc::new(Client::new());
    let mut tasks = tokio::task::JoinSet::new();
    for (index, path) in paths.into_iter().enumerate() {
        let client = Arc::clone(&client);
        tasks.spawn(async move { (index, client.get(path).await) });
    }
    let mut fetched = tasks.join_all().await;
    fetched.sort_by_key(|(index, _)| *index);
    fetched.into_iter().map(|(_, path)| path).collect()
}
// ANCHOR_END: fetch_pages
