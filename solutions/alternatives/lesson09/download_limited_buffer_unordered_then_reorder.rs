// Alternative: no semaphore: `buffer_unordered(at_most)` over the downloads with their positions, then the names put back in the order given.
// ANCHOR: download_limited
/// The stream limits the downloads; the positions restore the order.
pub async fn download_limited(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    use futures::StreamExt;

    let mut finished: Vec<(usize, &'static str)> =
        futures::stream::iter(downloads.into_iter().enumerate())
            .map(|(position, (name, takes))| async move { (position, download(name, takes).await) })
            .buffer_unordered(at_most)
            .collect()
            .await;
    finished.sort_by_key(|&(position, _)| position);
    finished.into_iter().map(|(_, name)| name).collect()
}
// ANCHOR_END: download_limited
