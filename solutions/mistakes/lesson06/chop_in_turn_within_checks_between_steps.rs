// Mistake: checks the clock only between vegetables, so the onion that starts within the budget is chopped to its end, far past it.
// Expect: did not run its work as expected
// ANCHOR: chop_in_turn_within
/// Looks at the deadline before each vegetable, never during one.
pub async fn chop_in_turn_within(
    vegetables: Vec<(&'static str, u64)>,
    budget: Duration,
) -> Result<Vec<&'static str>, TimedOut> {
    use tokio::time::Instant;

    let deadline = Instant::now() + budget;
    let mut chopped = Vec::with_capacity(vegetables.len());
    for (vegetable, units) in vegetables {
        if Instant::now() >= deadline {
            return Err(TimedOut(vegetable));
        }
        chopped.push(chop(vegetable, units).await);
    }
    if Instant::now() > deadline {
        return Err(TimedOut(chopped[chopped.len() - 1]));
    }
    Ok(chopped)
}
// ANCHOR_END: chop_in_turn_within
