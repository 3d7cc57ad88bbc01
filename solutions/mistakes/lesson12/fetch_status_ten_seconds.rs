// Mistake: reads "10 units" as ten seconds and waits `Duration::from_secs(10)` instead of TIME_LIMIT.
// Expect: Hung:
// ANCHOR: fetch_status
/// A time limit of ten seconds.
pub async fn fetch_status(client: &Client, url: &str) -> (u16, String) {
    let limit = std::time::Duration::from_secs(10);
    let status = match tokio::time::timeout(limit, client.get(url).send()).await {
        Ok(Ok(response)) => response.status().as_u16(),
        Ok(Err(_)) | Err(_) => 0,
    };
    (status, url.to_string())
}
// ANCHOR_END: fetch_status
