// Alternative: one `timeout` around the whole loop, as `async with asyncio.timeout(..)` does, remembering which vegetable was in progress.
// ANCHOR: chop_in_turn_within
/// The loop borrows `chopped` and `current`; when the timeout drops it, they
/// say how far it got.
pub async fn chop_in_turn_within(
    vegetables: Vec<(&'static str, u64)>,
    budget: Duration,
) -> Result<Vec<&'static str>, TimedOut> {
    let mut chopped = Vec::with_capacity(vegetables.len());
    let mut current = None;
    let in_turn = async {
        for (vegetable, units) in vegetables {
            current = Some(vegetable);
            chopped.push(chop(vegetable, units).await);
        }
    };
    match timeout(budget, in_turn).await {
        Ok(()) => Ok(chopped),
        Err(_) => Err(TimedOut(current.expect("only a vegetable in progress can time out"))),
    }
}
// ANCHOR_END: chop_in_turn_within
