// Mistake: puts one timeout around the whole `join_all`, so when it fires every result is lost, not just the stalled one.
// Expect: did not run its work as expected
// ANCHOR: download_with_fallback
/// One time limit for everything.
pub async fn download_with_fallback(
    downloads: Vec<Download>,
    at_most: usize,
    time_limit: Duration,
    fallback: u32,
) -> Vec<u32> {
    let semaphore = Semaphore::new(at_most);
    let semaphore = &semaphore;
    let count = downloads.len();
    let all = join_all(downloads.into_iter().map(|item| async move {
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        fetch(item).await.unwrap_or(fallback)
    }));
    tokio::time::timeout(time_limit, all).await.unwrap_or_else(|_| vec![fallback; count])
}
// ANCHOR_END: download_with_fallback
