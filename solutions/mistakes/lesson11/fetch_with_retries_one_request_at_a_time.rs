// Mistake: fixes the sleep but retries the requests one after another in a `for` loop, so each waits for the previous one's attempts and backoffs.
// Expect: to run at most 4 of these at the same moment
// ANCHOR: fetch_with_retries
/// Each request, with its retries, in turn.
pub async fn fetch_with_retries(
    requests: Vec<Flaky>,
    attempts: u32,
) -> Vec<Result<&'static str, String>> {
    let mut results = Vec::new();
    for request in requests {
        let mut number = 1;
        loop {
            let result = attempt(request, number).await;
            if result.is_ok() || number == attempts {
                results.push(result);
                break;
            }
            tokio::time::sleep(BACKOFF).await;
            number += 1;
        }
    }
    results
}
// ANCHOR_END: fetch_with_retries
