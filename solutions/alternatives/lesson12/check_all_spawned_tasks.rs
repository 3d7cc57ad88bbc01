// Alternative: spawns a task per URL with a clone of the client and an `Arc`'d semaphore, then awaits the handles in order.
// ANCHOR: check_all
/// A task per URL; the handles are awaited in the order of `urls`.
pub async fn check_all(urls: Vec<String>, at_most: usize) -> Vec<(u16, String)> {
    let client = Client::new();
    let semaphore = std::sync::Arc::new(tokio::sync::Semaphore::new(at_most));
    let tasks: Vec<_> = urls
        .into_iter()
        .map(|url| {
            let (client, semaphore) = (client.clone(), std::sync::Arc::clone(&semaphore));
            tokio::spawn(async move {
                let _permit = semaphore.acquire_owned().await.expect("never closed");
                fetch_status(&client, &url).await
            })
        })
        .collect();
    let mut results = Vec::new();
    for task in tasks {
        results.push(task.await.expect("a check panicked"));
    }
    results
}
// ANCHOR_END: check_all
