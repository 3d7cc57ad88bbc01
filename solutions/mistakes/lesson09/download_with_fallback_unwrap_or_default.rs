// Mistake: falls back with `unwrap_or_default()`, which gives 0 instead of the fallback passed in.
// Expect: with the fallback passed in
// ANCHOR: download_with_fallback
/// The type's default in place of the argument.
pub async fn download_with_fallback(
    downloads: Vec<Download>,
    at_most: usize,
    time_limit: Duration,
    _fallback: u32,
) -> Vec<u32> {
    let semaphore = Semaphore::new(at_most);
    let semaphore = &semaphore;
    join_all(downloads.into_iter().map(|item| async move {
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        tokio::time::timeout(time_limit, fetch(item))
            .await
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default()
    }))
    .await
}
// ANCHOR_END: download_with_fallback
