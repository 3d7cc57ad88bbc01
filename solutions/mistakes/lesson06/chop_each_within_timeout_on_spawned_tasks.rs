// Mistake: spawns each chop and puts the timeout on its `JoinHandle`, so the onion's task goes on chopping after the timeout.
// Expect: Leak:
// ANCHOR: chop_each_within
/// Times out the handles of spawned chops.
pub async fn chop_each_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Vec<Result<&'static str, TimedOut>> {
    join_all(vegetables.into_iter().map(|(vegetable, units)| async move {
        let handle = tokio::spawn(chop(vegetable, units));
        match timeout(limit, handle).await {
            Ok(joined) => Ok(joined.expect("chopping never panics")),
            Err(_) => Err(TimedOut(vegetable)),
        }
    }))
    .await
}
// ANCHOR_END: chop_each_within
