// Mistake: shares one client but sends the first request alone, to open the connection, and the others only once it is done, so they wait a unit longer than they need: requests that arrive while the connection opens already wait for it and share it.
// Expect: to return after
// ANCHOR: fetch_pages
/// A first request to warm the connection up, then the rest.
pub async fn fetch_pages(paths: Vec<&'static str>) -> Vec<&'static str> {
    let client = Client::new();
    let mut paths = paths.into_iter();
    let Some(first) = paths.next() else { return Vec::new() };
    let warm = client.clone();
    let mut fetched =
        vec![tokio::spawn(async move { warm.get(first).await }).await.expect("a request panicked")];
    let tasks: Vec<_> = paths
        .map(|path| {
            let client = client.clone();
            tokio::spawn(async move { client.get(path).await })
        })
        .collect();
    for result in join_all(tasks).await {
        fetched.push(result.expect("a request panicked"));
    }
    fetched
}
// ANCHOR_END: fetch_pages
