// Mistake: returns the URL of the answer (`response.url()`), which the client wrote its own way ("http://…/"), instead of the URL it was asked for.
// Expect: each status with the URL exactly as it was given
// ANCHOR: fetch_status
/// The answer's URL, not the one given.
pub async fn fetch_status(client: &Client, url: &str) -> (u16, String) {
    match tokio::time::timeout(TIME_LIMIT, client.get(url).send()).await {
        Ok(Ok(response)) => (response.status().as_u16(), response.url().to_string()),
        Ok(Err(_)) | Err(_) => (0, url.to_string()),
    }
}
// ANCHOR_END: fetch_status
