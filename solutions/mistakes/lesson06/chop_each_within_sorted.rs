// Mistake: sorts the outcomes by name after gathering them, which is not the order given.
// Expect: returned the wrong value
// ANCHOR: chop_each_within
/// Gathers, then sorts by vegetable.
pub async fn chop_each_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Vec<Result<&'static str, TimedOut>> {
    let chops =
        vegetables.into_iter().map(|(vegetable, units)| chop_within(vegetable, units, limit));
    let mut outcomes = join_all(chops).await;
    outcomes.sort_by_key(|outcome| match outcome {
        Ok(name) | Err(TimedOut(name)) => *name,
    });
    outcomes
}
// ANCHOR_END: chop_each_within
