// Mistake: hard-codes `buffer_unordered(3)`, the number from the example, instead of `at_most`.
// Expect: to run at most 7
// ANCHOR: download_as_they_finish
/// Three at a time, whatever was asked.
pub async fn download_as_they_finish(
    downloads: Vec<(&'static str, Duration)>,
    _at_most: usize,
) -> Vec<&'static str> {
    use futures::StreamExt;

    futures::stream::iter(downloads)
        .map(|(name, takes)| download(name, takes))
        .buffer_unordered(3)
        .collect()
        .await
}
// ANCHOR_END: download_as_they_finish
