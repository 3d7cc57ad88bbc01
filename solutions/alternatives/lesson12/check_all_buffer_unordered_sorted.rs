// Alternative: a stream with `buffer_unordered(at_most)` instead of a semaphore, tagging each result with its index and sorting at the end.
// ANCHOR: check_all
/// At most `at_most` checks run at once; a new one starts as soon as any ends.
pub async fn check_all(urls: Vec<String>, at_most: usize) -> Vec<(u16, String)> {
    use futures::StreamExt;
    let client = Client::new();
    let client = &client;
    let mut results: Vec<(usize, (u16, String))> = futures::stream::iter(urls.iter().enumerate())
        .map(|(index, url)| async move { (index, fetch_status(client, url).await) })
        .buffer_unordered(at_most)
        .collect()
        .await;
    results.sort_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, result)| result).collect()
}
// ANCHOR_END: check_all
