// Mistake: races each step against the shared deadline in a `select!` without `biased;`, so a vegetable done at the very instant the budget runs out is in time or late at random.
// Expect: differs from the reference solution in
// ANCHOR: chop_in_turn_within
/// One deadline, raced at every step.
pub async fn chop_in_turn_within(
    vegetables: Vec<(&'static str, u64)>,
    budget: Duration,
) -> Result<Vec<&'static str>, TimedOut> {
    let deadline = tokio::time::Instant::now() + budget;
    let mut chopped = Vec::new();
    for (vegetable, units) in vegetables {
        tokio::select! {
            name = chop(vegetable, units) => chopped.push(name),
            () = tokio::time::sleep_until(deadline) => return Err(TimedOut(vegetable)),
        }
    }
    Ok(chopped)
}
// ANCHOR_END: chop_in_turn_within
