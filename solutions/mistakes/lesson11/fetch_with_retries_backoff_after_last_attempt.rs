// Mistake: backs off after every failed attempt, the last one too, so a request that gives up returns one backoff late.
// Expect: every request gives up after 3 attempts and 2 backoffs
// ANCHOR: fetch_with_retries
/// Waits after each failure before checking whether to try again.
pub async fn fetch_with_retries(
    requests: Vec<Flaky>,
    attempts: u32,
) -> Vec<Result<&'static str, String>> {
    let fetches = requests.into_iter().map(|request| async move {
        let mut number = 1;
        loop {
            let result = attempt(request, number).await;
            if result.is_ok() {
                return result;
            }
            tokio::time::sleep(BACKOFF).await;
            if number == attempts {
                return result;
            }
            number += 1;
        }
    });
    join_all(fetches).await
}
// ANCHOR_END: fetch_with_retries
