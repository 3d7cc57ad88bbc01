// Mistake: spawns the chopping and puts the timeout on its `JoinHandle`, which stops the waiting but leaves the task chopping.
// Expect: Leak:
// ANCHOR: chop_within
/// Times out the handle of a spawned chop.
pub async fn chop_within(
    vegetable: &'static str,
    units: u64,
    limit: Duration,
) -> Result<&'static str, TimedOut> {
    let handle = tokio::spawn(chop(vegetable, units));
    match timeout(limit, handle).await {
        Ok(joined) => Ok(joined.expect("chopping never panics")),
        Err(_) => Err(TimedOut(vegetable)),
    }
}
// ANCHOR_END: chop_within
