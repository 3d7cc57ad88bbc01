// Mistake: turns every failure into a size of 0 and then replaces each 0 with the fallback, so a download that succeeds with a size of 0 gets the fallback too.
// Expect: differs from the reference solution in
// ANCHOR: download_with_fallback
/// 0 stands for "no size" until the end.
pub async fn download_with_fallback(
    downloads: Vec<Download>,
    at_most: usize,
    time_limit: Duration,
    fallback: u32,
) -> Vec<u32> {
    let semaphore = Semaphore::new(at_most);
    let semaphore = &semaphore;
    let sizes = join_all(downloads.into_iter().map(|item| async move {
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        let fetched = tokio::time::timeout(time_limit, fetch(item)).await;
        fetched.ok().and_then(Result::ok).unwrap_or_default()
    }))
    .await;
    sizes.into_iter().map(|size| if size == 0 { fallback } else { size }).collect()
}
// ANCHOR_END: download_with_fallback
