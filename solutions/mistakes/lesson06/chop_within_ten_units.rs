// Mistake: waits the story's 10 units instead of the `limit` it is given.
// Expect: returned the wrong value
// ANCHOR: chop_within
/// Uses the limit from the story, not the argument.
pub async fn chop_within(
    vegetable: &'static str,
    units: u64,
    _limit: Duration,
) -> Result<&'static str, TimedOut> {
    timeout(Duration::from_secs(10), chop(vegetable, units)).await.map_err(|_| TimedOut(vegetable))
}
// ANCHOR_END: chop_within
