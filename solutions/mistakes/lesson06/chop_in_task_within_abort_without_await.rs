// Mistake: aborts the task at the limit but returns without awaiting it, so the task has not stopped yet when the function returns.
// Expect: Leak:
// ANCHOR: chop_in_task_within
/// Aborts, and takes the abort's word for it.
pub async fn chop_in_task_within(
    vegetable: &'static str,
    units: u64,
    limit: Duration,
) -> Result<&'static str, TimedOut> {
    let mut handle = tokio::spawn(chop(vegetable, units));
    match timeout(limit, &mut handle).await {
        Ok(joined) => Ok(joined.expect("chopping never panics")),
        Err(_) => {
            handle.abort();
            Err(TimedOut(vegetable))
        }
    }
}
// ANCHOR_END: chop_in_task_within
