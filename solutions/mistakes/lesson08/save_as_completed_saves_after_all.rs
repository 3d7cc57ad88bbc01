// Mistake: waits for every fetch first and saves afterwards, so the first save starts only when the slowest fetch is done.
// Expect: did not run its work as expected
// ANCHOR: save_as_completed
/// Arrivals first, saves later.
pub async fn save_as_completed(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    let started = Instant::now();
    let mut set = JoinSet::new();
    for (name, units) in requests {
        set.spawn(fetch(name, units));
    }
    let mut arrivals = Vec::new();
    while let Some(joined) = set.join_next().await {
        arrivals.push((joined.expect("a fetch does not panic"), started.elapsed()));
    }
    for &(name, _) in &arrivals {
        save(name).await;
    }
    arrivals
}
// ANCHOR_END: save_as_completed
