// Mistake: checks the URLs in waves of `at_most` (a `gather` per chunk), so every wave waits for its slowest URL before the next one starts.
// Expect: as soon as one of the 2 requests in flight ends
// ANCHOR: check_all
/// One `join_all` per chunk of `at_most` URLs.
pub async fn check_all(urls: Vec<String>, at_most: usize) -> Vec<(u16, String)> {
    let client = Client::new();
    let mut results = Vec::new();
    for chunk in urls.chunks(at_most) {
        let checks = chunk.iter().map(|url| fetch_status(&client, url));
        results.extend(futures::future::join_all(checks).await);
    }
    results
}
// ANCHOR_END: check_all
