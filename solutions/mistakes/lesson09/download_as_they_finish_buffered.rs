// Mistake: uses `buffered(at_most)`, which keeps the order given and holds a finished result in its slot until everything before it is done.
// Expect: did not run its work as expected
// ANCHOR: download_as_they_finish
/// `buffered` where `buffer_unordered` was meant.
pub async fn download_as_they_finish(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    use futures::StreamExt;

    futures::stream::iter(downloads)
        .map(|(name, takes)| download(name, takes))
        .buffered(at_most)
        .collect()
        .await
}
// ANCHOR_END: download_as_they_finish
