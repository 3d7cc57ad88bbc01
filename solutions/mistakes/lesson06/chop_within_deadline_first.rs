// Mistake: a `biased` `select!` that looks at the limit before the chopping, so a vegetable done at the very instant the limit passes counts as late.
// Expect: differs from the reference solution in
// ANCHOR: chop_within
/// The timer first, "so that the limit always wins".
pub async fn chop_within(
    vegetable: &'static str,
    units: u64,
    limit: Duration,
) -> Result<&'static str, TimedOut> {
    tokio::select! {
        biased;
        () = tokio::time::sleep(limit) => Err(TimedOut(vegetable)),
        name = chop(vegetable, units) => Ok(name),
    }
}
// ANCHOR_END: chop_within
