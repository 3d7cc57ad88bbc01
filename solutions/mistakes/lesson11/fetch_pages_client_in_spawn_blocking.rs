// Mistake: keeps a client per task but builds it with `spawn_blocking`, which silences the blocking but still opens a connection per request.
// Expect: one client opens one connection
// ANCHOR: fetch_pages
/// Every task builds its own client, off the runtime's thread.
pub async fn fetch_pages(paths: Vec<&'static str>) -> Vec<&'static str> {
    let tasks: Vec<_> = paths
        .into_iter()
        .map(|path| {
            tokio::spawn(async move {
                let client = tokio::task::spawn_blocking(Client::new)
                    .await
                    .expect("building the client panicked");
                client.get(path).await
            })
        })
        .collect();
    let results = join_all(tasks).await;
    results.into_iter().map(|result| result.expect("a request panicked")).collect()
}
// ANCHOR_END: fetch_pages
