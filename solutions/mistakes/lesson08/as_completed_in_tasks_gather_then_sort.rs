// Mistake: gathers every task with `join_all`, then sorts the names by their length of fetch, so each name reaches the caller only when the slowest is done.
// Expect: returned the wrong value
// ANCHOR: as_completed_in_tasks
/// Waits for all, then puts the quickest first.
pub async fn as_completed_in_tasks(mut requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    let started = Instant::now();
    requests.sort_by_key(|&(_, units)| units);
    let tasks = requests.into_iter().map(|(name, units)| tokio::spawn(fetch(name, units)));
    let names = futures::future::join_all(tasks).await;
    let all_in = started.elapsed();
    names.into_iter().map(|name| (name.expect("a fetch does not panic"), all_in)).collect()
}
// ANCHOR_END: as_completed_in_tasks
