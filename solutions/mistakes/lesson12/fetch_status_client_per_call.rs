// Mistake: ignores the client it is given and builds a new one for each request, so no connection is ever reused.
// Expect: connections
// ANCHOR: fetch_status
/// A new client, and so a new connection, per call.
pub async fn fetch_status(client: &Client, url: &str) -> (u16, String) {
    let _ = client;
    let client = Client::new();
    let status = match tokio::time::timeout(TIME_LIMIT, client.get(url).send()).await {
        Ok(Ok(response)) => response.status().as_u16(),
        Ok(Err(_)) | Err(_) => 0,
    };
    (status, url.to_string())
}
// ANCHOR_END: fetch_status
