// Mistake: collects from a `FuturesUnordered`, so the names come back in the order the fetches finish (asyncio's `as_completed`).
// Expect: returned the wrong value
// ANCHOR: gather_in_order
/// Fetches every request at once; names as they arrive.
pub async fn gather_in_order(requests: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    use futures::StreamExt;
    let fetching: futures::stream::FuturesUnordered<_> =
        requests.into_iter().map(|(name, units)| fetch(name, units)).collect();
    fetching.collect().await
}
// ANCHOR_END: gather_in_order
