// Mistake: builds a new client for every URL (a session per request), so no connection is ever reused.
// Expect: connections
// ANCHOR: check_all
/// A client per check.
pub async fn check_all(urls: Vec<String>, at_most: usize) -> Vec<(u16, String)> {
    let semaphore = tokio::sync::Semaphore::new(at_most);
    let semaphore = &semaphore;
    futures::future::join_all(urls.iter().map(|url| async move {
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        fetch_status(&Client::new(), url).await
    }))
    .await
}
// ANCHOR_END: check_all
