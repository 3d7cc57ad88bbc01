// Mistake: acquires an owned permit in the loop but never mentions it in the task, so it is dropped at the end of the iteration, before the download runs.
// Expect: to run at most 3
// ANCHOR: download_in_tasks
/// The permit stays behind in the loop.
pub async fn download_in_tasks(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let semaphore = std::sync::Arc::new(Semaphore::new(at_most));
    let mut tasks = Vec::with_capacity(downloads.len());
    for (name, takes) in downloads {
        let _permit = std::sync::Arc::clone(&semaphore)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        tasks.push(tokio::spawn(download(name, takes)));
    }
    let joined = join_all(tasks).await;
    joined.into_iter().map(|name| name.expect("a download never panics")).collect()
}
// ANCHOR_END: download_in_tasks
