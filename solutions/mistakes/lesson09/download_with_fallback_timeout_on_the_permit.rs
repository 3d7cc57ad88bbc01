// Mistake: puts the timeout around acquiring the permit instead of around the download, so a stalled download runs on and keeps its permit.
// Expect: did not run its work as expected
// ANCHOR: download_with_fallback
/// A time limit on the wait in line; none on the download.
pub async fn download_with_fallback(
    downloads: Vec<Download>,
    at_most: usize,
    time_limit: Duration,
    fallback: u32,
) -> Vec<u32> {
    let semaphore = Semaphore::new(at_most);
    let semaphore = &semaphore;
    join_all(downloads.into_iter().map(|item| async move {
        let Ok(permit) = tokio::time::timeout(time_limit, semaphore.acquire()).await else {
            return fallback;
        };
        let size = fetch(item).await.unwrap_or(fallback);
        drop(permit);
        size
    }))
    .await
}
// ANCHOR_END: download_with_fallback
