// Mistake: sorts the downloads shortest first and gathers them under a semaphore, guessing that short ones finish first, which a slow one that started early breaks.
// Expect: the names in the order the downloads finished
// ANCHOR: download_as_they_finish
/// Shortest first, then the order given is taken for the order finished.
pub async fn download_as_they_finish(
    mut downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let semaphore = Semaphore::new(at_most);
    let semaphore = &semaphore;
    let started: Vec<_> = downloads
        .iter()
        .map(|&(name, takes)| async move {
            let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
            download(name, takes).await
        })
        .collect();
    join_all(started).await;
    downloads.sort_by_key(|&(_, takes)| takes);
    downloads.into_iter().map(|(name, _)| name).collect()
}
// ANCHOR_END: download_as_they_finish
