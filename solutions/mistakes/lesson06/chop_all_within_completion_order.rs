// Mistake: gathers the names with `FuturesUnordered`, in the order they are done, not the order given.
// Expect: returned the wrong value
// ANCHOR: chop_all_within
/// One limit around an unordered gather.
pub async fn chop_all_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Result<Vec<&'static str>, Elapsed> {
    use futures::StreamExt;
    let chops: futures::stream::FuturesUnordered<_> =
        vegetables.into_iter().map(|(vegetable, units)| chop(vegetable, units)).collect();
    timeout(limit, chops.collect()).await
}
// ANCHOR_END: chop_all_within
