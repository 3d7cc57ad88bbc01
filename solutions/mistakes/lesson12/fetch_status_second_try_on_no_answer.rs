// Mistake: tries once more when no answer comes, to ride out a passing hiccup, so a server that never answers keeps it waiting twice the time limit.
// Expect: The time limit is 10 units
// ANCHOR: fetch_status
/// A second chance for a request that got no answer.
pub async fn fetch_status(client: &Client, url: &str) -> (u16, String) {
    for _ in 0..2 {
        if let Ok(Ok(response)) = tokio::time::timeout(TIME_LIMIT, client.get(url).send()).await {
            return (response.status().as_u16(), url.to_string());
        }
    }
    (0, url.to_string())
}
// ANCHOR_END: fetch_status
