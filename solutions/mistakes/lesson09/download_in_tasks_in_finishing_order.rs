// Mistake: collects the tasks from a `JoinSet` with `join_all`, which gives the names in the order the downloads finished, not the order given.
// Expect: the names in the order given
// ANCHOR: download_in_tasks
/// A `JoinSet` hands results back as they come.
pub async fn download_in_tasks(
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
// ANCHOR_END: download_in_tasks
