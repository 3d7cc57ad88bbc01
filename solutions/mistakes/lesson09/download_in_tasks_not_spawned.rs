// Mistake: limits the downloads with a semaphore but runs them inside the function with `join_all`, where a task each was asked for.
// Expect: in a spawned task of its own
// ANCHOR: download_in_tasks
/// The `download_limited` answer, without the tasks.
pub async fn download_in_tasks(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let semaphore = Semaphore::new(at_most);
    let semaphore = &semaphore;
    join_all(downloads.into_iter().map(|(name, takes)| async move {
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        download(name, takes).await
    }))
    .await
}
// ANCHOR_END: download_in_tasks
