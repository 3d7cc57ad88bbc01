// Mistake: awaits only the task spawned last, taking for granted that the download that started last ends last, and returns the names given; a task that ends later is left running.
// Expect: Leak:
// Expect: This happened on a generated scenario
// ANCHOR: download_in_tasks
/// Only the last handle is awaited.
pub async fn download_in_tasks(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let semaphore = std::sync::Arc::new(Semaphore::new(at_most));
    let names: Vec<&'static str> = downloads.iter().map(|&(name, _)| name).collect();
    let mut last = None;
    for (name, takes) in downloads {
        let permit = std::sync::Arc::clone(&semaphore)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        last = Some(tokio::spawn(async move {
            let name = download(name, takes).await;
            drop(permit);
            name
        }));
    }
    if let Some(last) = last {
        last.await.expect("a download never panics");
    }
    names
}
// ANCHOR_END: download_in_tasks
