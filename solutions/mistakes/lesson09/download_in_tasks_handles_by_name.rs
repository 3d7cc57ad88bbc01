// Mistake: keeps the tasks in a `HashMap` from name to handle and awaits them by name in the order given, so a name given twice keeps only its last task's handle.
// Expect: Leak:
// Expect: This happened on a generated scenario
// ANCHOR: download_in_tasks
/// One handle per name.
pub async fn download_in_tasks(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let semaphore = std::sync::Arc::new(Semaphore::new(at_most));
    let names: Vec<&'static str> = downloads.iter().map(|&(name, _)| name).collect();
    let mut tasks = std::collections::HashMap::new();
    for (name, takes) in downloads {
        let permit = std::sync::Arc::clone(&semaphore)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        let task = tokio::spawn(async move {
            let name = download(name, takes).await;
            drop(permit);
            name
        });
        tasks.insert(name, task);
    }
    let mut done = Vec::new();
    for name in names {
        if let Some(task) = tasks.remove(name) {
            done.push(task.await.expect("a download never panics"));
        } else {
            done.push(name);
        }
    }
    done
}
// ANCHOR_END: download_in_tasks
