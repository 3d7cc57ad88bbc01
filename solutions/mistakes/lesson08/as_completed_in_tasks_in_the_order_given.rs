// Mistake: awaits the handles one by one in the order given, so a quick fetch waits behind a slow one.
// Expect: returned the wrong value
// ANCHOR: as_completed_in_tasks
/// Spawns everything, then awaits the handles in list order.
pub async fn as_completed_in_tasks(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    let started = Instant::now();
    let handles: Vec<_> =
        requests.into_iter().map(|(name, units)| tokio::spawn(fetch(name, units))).collect();
    let mut arrivals = Vec::new();
    for handle in handles {
        let name = handle.await.expect("a fetch does not panic");
        arrivals.push((name, started.elapsed()));
    }
    arrivals
}
// ANCHOR_END: as_completed_in_tasks
