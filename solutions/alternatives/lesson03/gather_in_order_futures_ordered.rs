// Alternative: a `FuturesOrdered` stream, which runs every fetch at once and yields in request order.
// ANCHOR: gather_in_order
/// Fetches every request at once through a `FuturesOrdered`.
pub async fn gather_in_order(requests: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    use futures::StreamExt;
    let fetching: futures::stream::FuturesOrdered<_> =
        requests.into_iter().map(|(name, units)| fetch(name, units)).collect();
    fetching.collect().await
}
// ANCHOR_END: gather_in_order
