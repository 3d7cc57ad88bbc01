// Mistake: binds the permit to `_`, which drops it at once, so the semaphore limits nothing.
// Expect: requests at once, never more
// ANCHOR: check_all
/// The permit is let go before the request starts.
pub async fn check_all(urls: Vec<String>, at_most: usize) -> Vec<(u16, String)> {
    let client = Client::new();
    let semaphore = tokio::sync::Semaphore::new(at_most);
    let (client, semaphore) = (&client, &semaphore);
    futures::future::join_all(urls.iter().map(|url| async move {
        let _ = semaphore.acquire().await.expect("the semaphore is never closed");
        fetch_status(client, url).await
    }))
    .await
}
// ANCHOR_END: check_all
