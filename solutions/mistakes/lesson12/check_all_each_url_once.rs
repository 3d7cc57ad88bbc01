// Mistake: checks each different URL once and copies its result to every place it appears, so a URL given several times is sent once.
// Expect: the most requests the server saw at once
// ANCHOR: check_all
/// One request per different URL.
pub async fn check_all(urls: Vec<String>, at_most: usize) -> Vec<(u16, String)> {
    let client = Client::new();
    let semaphore = tokio::sync::Semaphore::new(at_most);
    let (client, semaphore) = (&client, &semaphore);
    let mut different = urls.clone();
    different.sort();
    different.dedup();
    let checked = futures::future::join_all(different.iter().map(|url| async move {
        let _permit = semaphore.acquire().await.expect("the semaphore is never closed");
        fetch_status(client, url).await
    }))
    .await;
    let statuses: std::collections::HashMap<String, u16> =
        checked.into_iter().map(|(status, url)| (url, status)).collect();
    urls.into_iter().map(|url| (statuses[&url], url)).collect()
}
// ANCHOR_END: check_all
