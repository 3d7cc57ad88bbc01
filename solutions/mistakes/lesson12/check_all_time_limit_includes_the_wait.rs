// Mistake: puts a time limit of its own around waiting for a permit and checking the URL together, so a request that waited its turn for long has little of its time left.
// Expect: the time limit counts from when a request is sent
// ANCHOR: check_all
/// One limit for the wait and the request.
pub async fn check_all(urls: Vec<String>, at_most: usize) -> Vec<(u16, String)> {
    let client = Client::new();
    let semaphore = tokio::sync::Semaphore::new(at_most);
    let (client, semaphore) = (&client, &semaphore);
    futures::future::join_all(urls.iter().map(|url| async move {
        let checked = tokio::time::timeout(TIME_LIMIT, async {
            let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
            fetch_status(client, url).await
        });
        checked.await.unwrap_or_else(|_| (0, url.clone()))
    }))
    .await
}
// ANCHOR_END: check_all
