// Mistake: passes the `JoinHandle` itself to `timeout`, which drops it at the limit: the task is detached and goes on chopping.
// Expect: Leak:
// ANCHOR: chop_in_task_within
/// Times out the handle, and with it loses the only way to stop the task.
pub async fn chop_in_task_within(
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
// ANCHOR_END: chop_in_task_within
