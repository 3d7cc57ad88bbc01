// Alternative: uses reqwest's own per-request time limit (`RequestBuilder::timeout`) instead of `tokio::time::timeout`.
// ANCHOR: fetch_status
/// reqwest's time limit covers the request until the body is read; the
/// body is never read here, so it covers the wait for the answer.
pub async fn fetch_status(client: &Client, url: &str) -> (u16, String) {
    let status = match client.get(url).timeout(TIME_LIMIT).send().await {
        Ok(response) => response.status().as_u16(),
        Err(_) => 0,
    };
    (status, url.to_string())
}
// ANCHOR_END: fetch_status
