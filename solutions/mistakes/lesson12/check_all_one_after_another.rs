// Mistake: checks the URLs one after another in a `for` loop, so the batch takes the sum of the requests, not the slowest one.
// Expect: one after another would take
// ANCHOR: check_all
/// One request at a time.
pub async fn check_all(urls: Vec<String>, at_most: usize) -> Vec<(u16, String)> {
    let _ = at_most;
    let client = Client::new();
    let mut results = Vec::new();
    for url in &urls {
        results.push(fetch_status(&client, url).await);
    }
    results
}
// ANCHOR_END: check_all
