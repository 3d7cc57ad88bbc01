// Mistake: counts the retries instead of the attempts (`attempts` retries after the first try), so it makes one attempt too many.
// Expect: attempts at most
// ANCHOR: fetch_with_retries
/// The first try plus `attempts` retries.
pub async fn fetch_with_retries(
    requests: Vec<Flaky>,
    attempts: u32,
) -> Vec<Result<&'static str, String>> {
    let fetches = requests.into_iter().map(|request| async move {
        let mut number = 1;
        loop {
            let result = attempt(request, number).await;
            if result.is_ok() || number > attempts {
                return result;
            }
            tokio::time::sleep(BACKOFF).await;
            number += 1;
        }
    });
    join_all(fetches).await
}
// ANCHOR_END: fetch_with_retries
