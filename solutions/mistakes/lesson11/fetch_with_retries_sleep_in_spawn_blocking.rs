// Mistake: moves the blocking `std::thread::sleep` to the blocking pool with `spawn_blocking`, so the backoff is real time the runtime's clock never sees, instead of a `tokio::time::sleep`.
// Expect: A's third attempt starts after two attempts of 1 unit and two backoffs
// ANCHOR: fetch_with_retries
/// The backoff sleeps on a thread of the blocking pool.
pub async fn fetch_with_retries(
    requests: Vec<Flaky>,
    attempts: u32,
) -> Vec<Result<&'static str, String>> {
    let fetches = requests.into_iter().map(|request| async move {
        let mut number = 1;
        loop {
            let result = attempt(request, number).await;
            if result.is_ok() || number == attempts {
                return result;
            }
            tokio::task::spawn_blocking(|| std::thread::sleep(BACKOFF))
                .await
                .expect("the sleep panicked");
            number += 1;
        }
    });
    join_all(fetches).await
}
// ANCHOR_END: fetch_with_retries
