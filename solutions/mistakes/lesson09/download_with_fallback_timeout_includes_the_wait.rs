// Mistake: puts the timeout around waiting for the permit and the download together, so a download that waited in line runs out of time.
// Expect: the limit counts from when a download starts
// ANCHOR: download_with_fallback
/// The clock starts before the permit is granted.
pub async fn download_with_fallback(
    downloads: Vec<Download>,
    at_most: usize,
    time_limit: Duration,
    fallback: u32,
) -> Vec<u32> {
    let semaphore = Semaphore::new(at_most);
    let semaphore = &semaphore;
    join_all(downloads.into_iter().map(|item| async move {
        let limited = tokio::time::timeout(time_limit, async {
            let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
            fetch(item).await
        });
        match limited.await {
            Ok(Ok(size)) => size,
            Ok(Err(_)) | Err(_) => fallback,
        }
    }))
    .await
}
// ANCHOR_END: download_with_fallback
