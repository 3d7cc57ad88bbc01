// Mistake: fetches through `buffered(10)`: in order, but never more than ten at once, which only shows with more than ten requests.
// Expect: differs from the reference solution in
// ANCHOR: gather_in_order
/// Fetches the requests ten at a time, in order.
pub async fn gather_in_order(requests: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    use futures::StreamExt;
    futures::stream::iter(requests)
        .map(|(name, units)| fetch(name, units))
        .buffered(10)
        .collect()
        .await
}
// ANCHOR_END: gather_in_order
