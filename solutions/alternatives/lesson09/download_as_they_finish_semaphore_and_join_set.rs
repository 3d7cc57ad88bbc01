// Alternative: a semaphore and a `JoinSet` of tasks, each holding an owned permit, joined in the order they end.
// ANCHOR: download_as_they_finish
/// `join_all` on a `JoinSet` keeps the order the tasks end in.
pub async fn download_as_they_finish(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let semaphore = std::sync::Arc::new(Semaphore::new(at_most));
    let mut set = tokio::task::JoinSet::new();
    for (name, takes) in downloads {
        let permit = std::sync::Arc::clone(&semaphore)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        set.spawn(async move {
            let name = download(name, takes).await;
            drop(permit);
            name
        });
    }
    set.join_all().await
}
// ANCHOR_END: download_as_they_finish
