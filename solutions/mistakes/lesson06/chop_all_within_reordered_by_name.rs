// Mistake: gathers the names in the order they are done, then sorts them by where each name first appears in the order given, which groups two vegetables of the same name together.
// Expect: differs from the reference solution in
// ANCHOR: chop_all_within
/// Done order, sorted back by name.
pub async fn chop_all_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Result<Vec<&'static str>, Elapsed> {
    use futures::StreamExt;
    let chops: futures::stream::FuturesUnordered<_> =
        vegetables.iter().map(|&(vegetable, units)| chop(vegetable, units)).collect();
    let mut names: Vec<&'static str> = timeout(limit, chops.collect()).await?;
    names.sort_by_key(|name| vegetables.iter().position(|(vegetable, _)| vegetable == name));
    Ok(names)
}
// ANCHOR_END: chop_all_within
