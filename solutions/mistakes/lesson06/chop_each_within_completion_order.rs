// Mistake: collects the outcomes with `FuturesUnordered`, in the order they are done, not the order given.
// Expect: returned the wrong value
// ANCHOR: chop_each_within
/// Gathers the outcomes as they come.
pub async fn chop_each_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Vec<Result<&'static str, TimedOut>> {
    use futures::StreamExt;
    let chops: futures::stream::FuturesUnordered<_> = vegetables
        .into_iter()
        .map(|(vegetable, units)| chop_within(vegetable, units, limit))
        .collect();
    chops.collect().await
}
// ANCHOR_END: chop_each_within
