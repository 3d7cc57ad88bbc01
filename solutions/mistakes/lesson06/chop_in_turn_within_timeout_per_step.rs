// Mistake: gives every step `timeout(budget, ..)`, the whole budget again, instead of what is left of it.
// Expect: did not run its work as expected
// ANCHOR: chop_in_turn_within
/// A fresh timeout for each vegetable.
pub async fn chop_in_turn_within(
    vegetables: Vec<(&'static str, u64)>,
    budget: Duration,
) -> Result<Vec<&'static str>, TimedOut> {
    let mut chopped = Vec::with_capacity(vegetables.len());
    for (vegetable, units) in vegetables {
        let name =
            timeout(budget, chop(vegetable, units)).await.map_err(|_| TimedOut(vegetable))?;
        chopped.push(name);
    }
    Ok(chopped)
}
// ANCHOR_END: chop_in_turn_within
