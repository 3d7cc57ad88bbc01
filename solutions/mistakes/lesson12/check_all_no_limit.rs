// Mistake: checks every URL at once and ignores `at_most`.
// Expect: requests at once, never more
// ANCHOR: check_all
/// No limit on the requests in flight.
pub async fn check_all(urls: Vec<String>, at_most: usize) -> Vec<(u16, String)> {
    let _ = at_most;
    let client = Client::new();
    futures::future::join_all(urls.iter().map(|url| fetch_status(&client, url))).await
}
// ANCHOR_END: check_all
