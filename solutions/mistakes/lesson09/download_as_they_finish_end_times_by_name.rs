// Mistake: notes when each download ends in a `HashMap` from name to instant and sorts the names by it, so a name given twice comes back once.
// Expect: differs from the reference solution in
// ANCHOR: download_as_they_finish
/// The end of each download, looked up by name.
pub async fn download_as_they_finish(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    use futures::StreamExt;

    let ended: std::collections::HashMap<&'static str, tokio::time::Instant> =
        futures::stream::iter(downloads)
            .map(|(name, takes)| async move {
                (download(name, takes).await, tokio::time::Instant::now())
            })
            .buffer_unordered(at_most)
            .collect()
            .await;
    let mut names: Vec<(&'static str, tokio::time::Instant)> = ended.into_iter().collect();
    names.sort_by_key(|&(_, end)| end);
    names.into_iter().map(|(name, _)| name).collect()
}
// ANCHOR_END: download_as_they_finish
