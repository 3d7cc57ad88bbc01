// Mistake: races the download against a `sleep(time_limit)` with a `biased` `select!` that looks at the timer first, so a download done exactly at the limit counts as too late (Python's `wait_for` rule, not tokio's).
// Expect: differs from the reference solution in
// ANCHOR: download_with_fallback
/// The timer's branch comes first.
pub async fn download_with_fallback(
    downloads: Vec<Download>,
    at_most: usize,
    time_limit: Duration,
    fallback: u32,
) -> Vec<u32> {
    let semaphore = Semaphore::new(at_most);
    let semaphore = &semaphore;
    join_all(downloads.into_iter().map(|item| async move {
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        tokio::select! {
            biased;
            () = tokio::time::sleep(time_limit) => fallback,
            result = fetch(item) => result.unwrap_or(fallback),
        }
    }))
    .await
}
// ANCHOR_END: download_with_fallback
