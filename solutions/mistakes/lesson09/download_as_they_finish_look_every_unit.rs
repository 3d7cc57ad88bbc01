// Mistake: spawns the downloads under a semaphore and looks once a unit which tasks have finished (`JoinHandle::is_finished`), taking them in the order given, so downloads that end within one unit come back in the order given, and the last one is noticed only at the next whole unit.
// Expect: differs from the reference solution in
// ANCHOR: download_as_they_finish
/// A look at the tasks every unit.
pub async fn download_as_they_finish(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let semaphore = std::sync::Arc::new(Semaphore::new(at_most));
    let mut running: Vec<tokio::task::JoinHandle<&'static str>> = downloads
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
    let mut finished = Vec::new();
    while !running.is_empty() {
        tokio::time::sleep(Duration::from_secs(1)).await;
        let (done, still): (Vec<_>, Vec<_>) =
            running.into_iter().partition(|task| task.is_finished());
        for task in done {
            finished.push(task.await.expect("a download never panics"));
        }
        running = still;
    }
    finished
}
// ANCHOR_END: download_as_they_finish
