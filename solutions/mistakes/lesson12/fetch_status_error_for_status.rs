// Mistake: calls `error_for_status()`, as with `raise_for_status()` in Python, so a 404 or a 503 becomes an error and is reported as 0.
// Expect: is an answer with a status
// ANCHOR: fetch_status
/// Treats every 4xx and 5xx answer as a failure.
pub async fn fetch_status(client: &Client, url: &str) -> (u16, String) {
    let status = match tokio::time::timeout(TIME_LIMIT, client.get(url).send()).await {
        Ok(Ok(response)) => match response.error_for_status() {
            Ok(response) => response.status().as_u16(),
            Err(_) => 0,
        },
        Ok(Err(_)) | Err(_) => 0,
    };
    (status, url.to_string())
}
// ANCHOR_END: fetch_status
