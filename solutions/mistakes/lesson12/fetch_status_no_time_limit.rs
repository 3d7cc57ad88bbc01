// Mistake: puts the time limit around reading the body instead of around sending the request, so a server that never answers keeps it waiting for ever.
// Expect: Hung:
// ANCHOR: fetch_status
/// The request itself has no time limit.
pub async fn fetch_status(client: &Client, url: &str) -> (u16, String) {
    let status = match client.get(url).send().await {
        Ok(response) => {
            let status = response.status().as_u16();
            // The body is read, but for no longer than the limit.
            let _ = tokio::time::timeout(TIME_LIMIT, response.bytes()).await;
            status
        }
        Err(_) => 0,
    };
    (status, url.to_string())
}
// ANCHOR_END: fetch_status
