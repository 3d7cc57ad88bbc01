// Mistake: races the download against a `sleep(time_limit)` with a plain `select!`, which picks a ready branch at random, so a download done exactly at the limit is kept in some runs and replaced by the fallback in others.
// Expect: differs from the reference solution in
// ANCHOR: download_with_fallback
/// `select!` without `biased;`.
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
            result = fetch(item) => result.unwrap_or(fallback),
            () = tokio::time::sleep(time_limit) => fallback,
        }
    }))
    .await
}
// ANCHOR_END: download_with_fallback
