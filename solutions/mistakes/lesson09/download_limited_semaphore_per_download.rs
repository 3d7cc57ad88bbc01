// Mistake: creates the semaphore inside each download's future, so every download has `at_most` permits of its own.
// Expect: to run at most 3
// ANCHOR: download_limited
/// A semaphore per download limits nothing.
pub async fn download_limited(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    join_all(downloads.into_iter().map(|(name, takes)| async move {
        let semaphore = Semaphore::new(at_most);
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        download(name, takes).await
    }))
    .await
}
// ANCHOR_END: download_limited
