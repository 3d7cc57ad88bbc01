// Mistake: fixes the sleep but writes the example's 3 attempts into the loop instead of using `attempts`.
// Expect: differs from the reference solution in
// ANCHOR: fetch_with_retries
/// Three attempts, whatever was asked.
pub async fn fetch_with_retries(
    requests: Vec<Flaky>,
    _attempts: u32,
) -> Vec<Result<&'static str, String>> {
    const ATTEMPTS: u32 = 3;
    let fetches = requests.into_iter().map(|request| async move {
        let mut number = 1;
        loop {
            let result = attempt(request, number).await;
            if result.is_ok() || number == ATTEMPTS {
                return result;
            }
            tokio::time::sleep(BACKOFF).await;
            number += 1;
        }
    });
    join_all(fetches).await
}
// ANCHOR_END: fetch_with_retries
