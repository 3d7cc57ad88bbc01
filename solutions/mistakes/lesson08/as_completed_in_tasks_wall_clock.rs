// Mistake: measures arrivals with `std::time::Instant`, the wall clock, which does not see tokio's (paused) time pass.
// Expect: returned the wrong value
// ANCHOR: as_completed_in_tasks
/// Right order, but the times come from the wrong clock.
pub async fn as_completed_in_tasks(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    let started = std::time::Instant::now();
    let mut set = JoinSet::new();
    for (name, units) in requests {
        set.spawn(fetch(name, units));
    }
    let mut arrivals = Vec::new();
    while let Some(joined) = set.join_next().await {
        arrivals.push((joined.expect("a fetch does not panic"), started.elapsed()));
    }
    arrivals
}
// ANCHOR_END: as_completed_in_tasks
