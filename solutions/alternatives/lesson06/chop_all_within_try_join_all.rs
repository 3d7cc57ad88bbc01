// Alternative: a timeout per vegetable, all started together, gathered with `try_join_all`, which gives up at the first `Elapsed`.
// ANCHOR: chop_all_within
/// Every vegetable starts at once with the same limit, so the limits all end
/// at one instant: that is one deadline for the batch.
pub async fn chop_all_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Result<Vec<&'static str>, Elapsed> {
    let chops =
        vegetables.into_iter().map(|(vegetable, units)| timeout(limit, chop(vegetable, units)));
    futures::future::try_join_all(chops).await
}
// ANCHOR_END: chop_all_within
