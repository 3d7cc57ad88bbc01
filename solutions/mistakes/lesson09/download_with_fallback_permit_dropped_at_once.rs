// Mistake: writes `let _ = semaphore.acquire().await`, so the permit goes back at once and nothing limits the downloads.
// Expect: to run at most 3
// ANCHOR: download_with_fallback
/// `let _` drops the permit before the download starts.
pub async fn download_with_fallback(
    downloads: Vec<Download>,
    at_most: usize,
    time_limit: Duration,
    fallback: u32,
) -> Vec<u32> {
    let semaphore = Semaphore::new(at_most);
    let semaphore = &semaphore;
    join_all(downloads.into_iter().map(|item| async move {
        let _ = semaphore.acquire().await.expect("the semaphore is never closed");
        match tokio::time::timeout(time_limit, fetch(item)).await {
            Ok(Ok(size)) => size,
            Ok(Err(_)) | Err(_) => fallback,
        }
    }))
    .await
}
// ANCHOR_END: download_with_fallback
