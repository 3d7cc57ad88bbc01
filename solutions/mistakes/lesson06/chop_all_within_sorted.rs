// Mistake: sorts the names after gathering them, which is not the order given.
// Expect: returned the wrong value
// ANCHOR: chop_all_within
/// Gathers under one limit, then sorts.
pub async fn chop_all_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Result<Vec<&'static str>, Elapsed> {
    let chops = vegetables.into_iter().map(|(vegetable, units)| chop(vegetable, units));
    let mut names = timeout(limit, join_all(chops)).await?;
    names.sort_unstable();
    Ok(names)
}
// ANCHOR_END: chop_all_within
