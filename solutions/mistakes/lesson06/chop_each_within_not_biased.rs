// Mistake: gives each vegetable a `select!` against a sleep without `biased;`, so a vegetable done at the very instant its limit passes is in time or late at random.
// Expect: differs from the reference solution in
// ANCHOR: chop_each_within
/// A race per vegetable, gathered in the order given.
pub async fn chop_each_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Vec<Result<&'static str, TimedOut>> {
    join_all(vegetables.into_iter().map(|(vegetable, units)| async move {
        tokio::select! {
            name = chop(vegetable, units) => Ok(name),
            () = tokio::time::sleep(limit) => Err(TimedOut(vegetable)),
        }
    }))
    .await
}
// ANCHOR_END: chop_each_within
