// Mistake: fixes the sleep but collects the results as the requests finish (`FuturesUnordered`) and then sorts them by name, which is the order given only when the names were given sorted.
// Expect: differs from the reference solution in
// ANCHOR: fetch_with_retries
/// Finishing order, then sorted by name.
pub async fn fetch_with_retries(
    requests: Vec<Flaky>,
    attempts: u32,
) -> Vec<Result<&'static str, String>> {
    use futures::StreamExt;

    let fetches: futures::stream::FuturesUnordered<_> = requests
        .into_iter()
        .map(|request| async move {
            let mut number = 1;
            loop {
                let result = attempt(request, number).await;
                if result.is_ok() || number == attempts {
                    return (request.name, result);
                }
                tokio::time::sleep(BACKOFF).await;
                number += 1;
            }
        })
        .collect();
    let mut results: Vec<(&'static str, Result<&'static str, String>)> = fetches.collect().await;
    results.sort_by_key(|&(name, _)| name);
    results.into_iter().map(|(_, result)| result).collect()
}
// ANCHOR_END: fetch_with_retries
