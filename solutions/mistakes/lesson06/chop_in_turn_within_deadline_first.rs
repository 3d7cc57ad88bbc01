// Mistake: races each step against the shared deadline in a `biased` `select!` that looks at the deadline first, so a vegetable done at the very instant the budget runs out counts as late.
// Expect: differs from the reference solution in
// ANCHOR: chop_in_turn_within
/// The deadline first, "so that it always wins".
pub async fn chop_in_turn_within(
    vegetables: Vec<(&'static str, u64)>,
    budget: Duration,
) -> Result<Vec<&'static str>, TimedOut> {
    let deadline = tokio::time::Instant::now() + budget;
    let mut chopped = Vec::new();
    for (vegetable, units) in vegetables {
        tokio::select! {
            biased;
            () = tokio::time::sleep_until(deadline) => return Err(TimedOut(vegetable)),
            name = chop(vegetable, units) => chopped.push(name),
        }
    }
    Ok(chopped)
}
// ANCHOR_END: chop_in_turn_within
