// Mistake: makes a new `Arc<Semaphore>` inside each task, so each task has permits of its own and nothing is limited.
// Expect: to run at most 3
// ANCHOR: download_in_tasks
/// Every task brings its own semaphore.
pub async fn download_in_tasks(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let tasks: Vec<_> = downloads
        .into_iter()
        .map(|(name, takes)| {
            tokio::spawn(async move {
                let semaphore = std::sync::Arc::new(Semaphore::new(at_most));
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
