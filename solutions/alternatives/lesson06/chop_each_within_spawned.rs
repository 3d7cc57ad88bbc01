// Alternative: runs each vegetable in a spawned task (with `chop_in_task_within`), aborting and awaiting the late one.
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
