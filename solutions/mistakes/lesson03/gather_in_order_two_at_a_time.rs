// Mistake: fetches through `buffered(2)`, in order but never more than two at once.
// Expect: did not run its work as expected
// ANCHOR: gather_in_order
/// Fetches the requests two at a time, in order.
pub async fn gather_in_order(requests: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    use futures::StreamExt;
    futures::stream::iter(requests)
        .map(|(name, units)| fetch(name, units))
        .buffered(2)
        .collect()
        .await
}
// ANCHOR_END: gather_in_order
