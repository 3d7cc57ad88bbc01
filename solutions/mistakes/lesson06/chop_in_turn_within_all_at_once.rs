// Mistake: chops every vegetable at the same time under the shared deadline, where they must go one after another.
// Expect: did not run its work as expected
// ANCHOR: chop_in_turn_within
/// Gathers every chop, each held to the deadline.
pub async fn chop_in_turn_within(
    vegetables: Vec<(&'static str, u64)>,
    budget: Duration,
) -> Result<Vec<&'static str>, TimedOut> {
    use tokio::time::{Instant, timeout_at};

    let deadline = Instant::now() + budget;
    let chops = vegetables.into_iter().map(|(vegetable, units)| async move {
        timeout_at(deadline, chop(vegetable, units)).await.map_err(|_| TimedOut(vegetable))
    });
    join_all(chops).await.into_iter().collect()
}
// ANCHOR_END: chop_in_turn_within
