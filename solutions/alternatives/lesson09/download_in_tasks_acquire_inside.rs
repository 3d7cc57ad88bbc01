// Alternative: spawns every task at once and has each acquire an owned permit inside, as `async with sem:` inside each task would.
// ANCHOR: download_in_tasks
/// The semaphore's queue is fair, so the permits go out in the order given.
pub async fn download_in_tasks(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let semaphore = std::sync::Arc::new(Semaphore::new(at_most));
    let tasks: Vec<_> = downloads
        .into_iter()
        .map(|(name, takes)| {
            let semaphore = std::sync::Arc::clone(&semaphore);
            tokio::spawn(async move {
                let _permit =
                    semaphore.acquire_owned().await.expect("the semaphore is never closed");
                download(name, takes).await
            })
        })
        .collect();
    let joined = join_all(tasks).await;
    joined.into_iter().map(|name| name.expect("a download never panics")).collect()
}
// ANCHOR_END: download_in_tasks
