// Mistake: chops the vegetables one after another, each with its own limit, instead of all at the same time.
// Expect: did not run its work as expected
// ANCHOR: chop_each_within
/// Awaits each timed chop in turn.
pub async fn chop_each_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Vec<Result<&'static str, TimedOut>> {
    let mut outcomes = Vec::new();
    for (vegetable, units) in vegetables {
        outcomes.push(chop_within(vegetable, units, limit).await);
    }
    outcomes
}
// ANCHOR_END: chop_each_within
