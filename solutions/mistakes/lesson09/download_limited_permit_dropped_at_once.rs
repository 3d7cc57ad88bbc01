// Mistake: writes `let _ = semaphore.acquire().await`, which drops the permit on the spot, so nothing limits the downloads.
// Expect: to run at most 3
// ANCHOR: download_limited
/// `let _` binds nothing: the permit goes back before the download starts.
pub async fn download_limited(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let semaphore = Semaphore::new(at_most);
    let semaphore = &semaphore;
    join_all(downloads.into_iter().map(|(name, takes)| async move {
        let _ = semaphore.acquire().await.expect("the semaphore is never closed");
        download(name, takes).await
    }))
    .await
}
// ANCHOR_END: download_limited
