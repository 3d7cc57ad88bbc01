// Mistake: sleeps for the whole limit and only then looks at the task, so a vegetable done early is reported only at the limit.
// Expect: returned after
// ANCHOR: chop_in_task_within
/// Waits out the limit, then checks whether the task is done.
pub async fn chop_in_task_within(
    vegetable: &'static str,
    units: u64,
    limit: Duration,
) -> Result<&'static str, TimedOut> {
    let handle = tokio::spawn(chop(vegetable, units));
    tokio::time::sleep(limit).await;
    if handle.is_finished() {
        return Ok(handle.await.expect("chopping never panics"));
    }
    handle.abort();
    let _cancelled = handle.await;
    Err(TimedOut(vegetable))
}
// ANCHOR_END: chop_in_task_within
