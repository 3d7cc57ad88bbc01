// Mistake: uses a stream with `buffered(at_most)`, which counts a finished download still waiting for its turn against the limit, so a slow one at the front holds up the rest.
// Expect: did not run its work as expected
// ANCHOR: download_limited
/// `buffered` keeps the order, but a result waiting in line keeps its slot.
pub async fn download_limited(
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
// ANCHOR_END: download_limited
