// Mistake: looks at the task once a unit until it is done or the limit has passed, so a limit between whole units is overrun by up to a unit.
// Expect: differs from the reference solution in
// ANCHOR: chop_in_task_within
/// A check every unit, as `while not task.done(): await asyncio.sleep(1)`.
pub async fn chop_in_task_within(
    vegetable: &'static str,
    units: u64,
    limit: Duration,
) -> Result<&'static str, TimedOut> {
    let started = tokio::time::Instant::now();
    let handle = tokio::spawn(chop(vegetable, units));
    while !handle.is_finished() {
        if started.elapsed() >= limit {
            handle.abort();
            let _stopped = handle.await;
            return Err(TimedOut(vegetable));
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    Ok(handle.await.expect("chopping never panics"))
}
// ANCHOR_END: chop_in_task_within
