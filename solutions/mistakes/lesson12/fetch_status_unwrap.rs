// Mistake: unwraps the result of `send()`, as if a request could only fail by timing out, so a refused connection panics.
// Expect: Panicked:
// ANCHOR: fetch_status
/// Only the timeout gives 0.
pub async fn fetch_status(client: &Client, url: &str) -> (u16, String) {
    let status = match tokio::time::timeout(TIME_LIMIT, client.get(url).send()).await {
        Ok(response) => response.expect("the request failed").status().as_u16(),
        Err(_) => 0,
    };
    (status, url.to_string())
}
// ANCHOR_END: fetch_status
