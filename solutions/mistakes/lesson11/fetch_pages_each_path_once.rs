// Mistake: shares one client but fetches each different path only once and gives its answer to every place it was asked for, so a path given twice is fetched once.
// Expect: it was given twice, so it is fetched twice
// ANCHOR: fetch_pages
/// One request per different path.
pub async fn fetch_pages(paths: Vec<&'static str>) -> Vec<&'static str> {
    let client = Client::new();
    let mut tasks = std::collections::HashMap::new();
    for &path in &paths {
        tasks.entry(path).or_insert_with(|| {
            let client = client.clone();
            tokio::spawn(async move { client.get(path).await })
        });
    }
    let mut fetched = std::collections::HashMap::new();
    for (path, task) in tasks {
        fetched.insert(path, task.await.expect("a request panicked"));
    }
    paths.iter().map(|path| fetched[path]).collect()
}
// ANCHOR_END: fetch_pages
