// Mistake: chops in place with `timeout`, where the exercise asks for the chopping to run in a spawned task.
// Expect: in a spawned task of its own
// ANCHOR: chop_in_task_within
/// The same as `chop_within`: no task at all.
pub async fn chop_in_task_within(
    vegetable: &'static str,
    units: u64,
    limit: Duration,
) -> Result<&'static str, TimedOut> {
    timeout(limit, chop(vegetable, units)).await.map_err(|_| TimedOut(vegetable))
}
// ANCHOR_END: chop_in_task_within
