// Mistake: mixes up the arguments and gives the chopping its own duration as the limit, so it never times out.
// Expect: returned the wrong value
// ANCHOR: chop_within
/// Takes `units` for the limit.
pub async fn chop_within(
    vegetable: &'static str,
    units: u64,
    _limit: Duration,
) -> Result<&'static str, TimedOut> {
    timeout(Duration::from_secs(units), chop(vegetable, units))
        .await
        .map_err(|_| TimedOut(vegetable))
}
// ANCHOR_END: chop_within
