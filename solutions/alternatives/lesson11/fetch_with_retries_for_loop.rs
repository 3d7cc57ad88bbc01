// Alternative: a `for` loop over the attempt numbers with the backoff at the top of every attempt but the first.
// ANCHOR: fetch_with_retries
/// Backs off before each retry, never after the last attempt.
pub async fn fetch_with_retries(
    requests: Vec<Flaky>,
    attempts: u32,
) -> Vec<Result<&'static str, String>> {
    let fetches = requests.into_iter().map(|request| async move {
        let mut result = attempt(request, 1).await;
        for number in 2..=attempts {
            if result.is_ok() {
                break;
            }
            tokio::time::sleep(BACKOFF).await;
            result = attempt(request, number).await;
        }
        result
    });
    join_all(fetches).await
}
// ANCHOR_END: fetch_with_retries
