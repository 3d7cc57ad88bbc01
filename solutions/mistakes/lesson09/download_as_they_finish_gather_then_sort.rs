// Mistake: gathers the downloads under a semaphore and sorts the names afterwards, which is not the order they finished in.
// Expect: the names in the order the downloads finished
// ANCHOR: download_as_they_finish
/// `join_all`, then a sort by name.
pub async fn download_as_they_finish(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let semaphore = Semaphore::new(at_most);
    let semaphore = &semaphore;
    let mut names = join_all(downloads.into_iter().map(|(name, takes)| async move {
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        download(name, takes).await
    }))
    .await;
    names.sort();
    names
}
// ANCHOR_END: download_as_they_finish
