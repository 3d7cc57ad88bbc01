// Mistake: notes a timed-out vegetable and carries on with the next one, as an `except TimeoutError: continue` would.
// Expect: did not run its work as expected
// ANCHOR: chop_in_turn_within
/// Skips what timed out and reports the first failure at the end.
pub async fn chop_in_turn_within(
    vegetables: Vec<(&'static str, u64)>,
    budget: Duration,
) -> Result<Vec<&'static str>, TimedOut> {
    use tokio::time::{Instant, timeout_at};

    let deadline = Instant::now() + budget;
    let mut chopped = Vec::with_capacity(vegetables.len());
    let mut first_late = None;
    for (vegetable, units) in vegetables {
        match timeout_at(deadline, chop(vegetable, units)).await {
            Ok(name) => chopped.push(name),
            Err(_) => {
                first_late.get_or_insert(TimedOut(vegetable));
            }
        }
    }
    match first_late {
        Some(late) => Err(late),
        None => Ok(chopped),
    }
}
// ANCHOR_END: chop_in_turn_within
