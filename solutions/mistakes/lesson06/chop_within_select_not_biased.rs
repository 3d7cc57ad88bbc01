// Mistake: races the chopping against a sleep in a `select!` without `biased;`, so when the vegetable is done at the very instant the limit passes, the `select!` picks one of the two at random.
// Expect: differs from the reference solution in
// ANCHOR: chop_within
/// The losing branch is dropped; at a tie, either may lose.
pub async fn chop_within(
    vegetable: &'static str,
    units: u64,
    limit: Duration,
) -> Result<&'static str, TimedOut> {
    tokio::select! {
        name = chop(vegetable, units) => Ok(name),
        () = tokio::time::sleep(limit) => Err(TimedOut(vegetable)),
    }
}
// ANCHOR_END: chop_within
