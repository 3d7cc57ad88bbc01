// Mistake: puts one timeout around the whole batch instead of one per vegetable, so the onion makes every vegetable fail.
// Expect: returned the wrong value
// ANCHOR: chop_each_within
/// One limit for the gather; on timeout every vegetable is marked late.
pub async fn chop_each_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Vec<Result<&'static str, TimedOut>> {
    let chops = vegetables.iter().map(|&(vegetable, units)| chop(vegetable, units));
    match timeout(limit, join_all(chops)).await {
        Ok(names) => names.into_iter().map(Ok).collect(),
        Err(_) => vegetables.iter().map(|&(vegetable, _)| Err(TimedOut(vegetable))).collect(),
    }
}
// ANCHOR_END: chop_each_within
