// Mistake: hard-codes `Semaphore::new(3)`, the number from the example, instead of `at_most`.
// Expect: to run at most 7
// ANCHOR: download_limited
/// Three permits, whatever was asked.
pub async fn download_limited(
    downloads: Vec<(&'static str, Duration)>,
    _at_most: usize,
) -> Vec<&'static str> {
    let semaphore = Semaphore::new(3);
    let semaphore = &semaphore;
    join_all(downloads.into_iter().map(|(name, takes)| async move {
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        download(name, takes).await
    }))
    .await
}
// ANCHOR_END: download_limited
