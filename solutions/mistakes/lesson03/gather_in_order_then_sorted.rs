// Mistake: collects the names as they finish and then sorts them, which looks right only while the names happen to be given in alphabetical order.
// Expect: returned the wrong value (the names in the order of the requests, not in the order they finished, and not sorted)
// ANCHOR: gather_in_order
/// Fetches every request at once, then sorts the names.
pub async fn gather_in_order(requests: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    use futures::StreamExt;
    let fetching: futures::stream::FuturesUnordered<_> =
        requests.into_iter().map(|(name, units)| fetch(name, units)).collect();
    let mut names: Vec<&'static str> = fetching.collect().await;
    names.sort();
    names
}
// ANCHOR_END: gather_in_order
