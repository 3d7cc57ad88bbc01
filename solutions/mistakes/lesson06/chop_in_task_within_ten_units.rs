// Mistake: waits the story's 10 units instead of the `limit` it is given.
// Expect: returned the wrong value
// ANCHOR: chop_in_task_within
/// Uses the limit from the story, not the argument.
pub async fn chop_in_task_within(
    vegetable: &'static str,
    units: u64,
    _limit: Duration,
) -> Result<&'static str, TimedOut> {
    let mut handle = tokio::spawn(chop(vegetable, units));
    match timeout(Duration::from_secs(10), &mut handle).await {
        Ok(joined) => Ok(joined.expect("chopping never panics")),
        Err(_) => {
            handle.abort();
            let _cancelled = handle.await;
            Err(TimedOut(vegetable))
        }
    }
}
// ANCHOR_END: chop_in_task_within
