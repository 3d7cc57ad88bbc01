// Mistake: runs each vegetable in a spawned task (with `chop_in_task_within`), aborting and awaiting the late one; a task's handle is ready only once the runtime has run the task, after the timer, so a vegetable done at the very instant of its limit counts as late.
// Expect: differs from the reference solution in
// ANCHOR: chop_each_within
/// One task per vegetable, each stopped at its own limit.
pub async fn chop_each_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Vec<Result<&'static str, TimedOut>> {
    let chops = vegetables
        .into_iter()
        .map(|(vegetable, units)| chop_in_task_within(vegetable, units, limit));
    join_all(chops).await
}
// ANCHOR_END: chop_each_within
