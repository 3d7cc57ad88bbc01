// Mistake: collects the results as they complete (`buffer_unordered`, like `as_completed`), so they are not in the order of `urls`.
// Expect: in the order given
// ANCHOR: check_all
/// Results in the order the answers came.
pub async fn check_all(urls: Vec<String>, at_most: usize) -> Vec<(u16, String)> {
    use futures::StreamExt;
    let client = Client::new();
    let client = &client;
    futures::stream::iter(urls)
        .map(|url| async move { fetch_status(client, &url).await })
        .buffer_unordered(at_most)
        .collect()
        .await
}
// ANCHOR_END: check_all
