// Mistake: reads the whole body inside the time limit before it reports the status, so an answer whose body never ends gives 0 after the time limit.
// Expect: the status arrives at once
// ANCHOR: fetch_status
/// Waits for the body too.
pub async fn fetch_status(client: &Client, url: &str) -> (u16, String) {
    let request = async {
        let response = client.get(url).send().await.ok()?;
        let status = response.status().as_u16();
        response.bytes().await.ok()?;
        Some(status)
    };
    let status = match tokio::time::timeout(TIME_LIMIT, request).await {
        Ok(Some(status)) => status,
        Ok(None) | Err(_) => 0,
    };
    (status, url.to_string())
}
// ANCHOR_END: fetch_status
