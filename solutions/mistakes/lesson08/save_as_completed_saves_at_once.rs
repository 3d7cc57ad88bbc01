// Mistake: spawns each save as its own task, so saves overlap where they must go one at a time.
// Expect: did not run its work as expected
// ANCHOR: save_as_completed
/// Every save in a task of its own, all joined at the end.
pub async fn save_as_completed(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    let started = Instant::now();
    let mut set = JoinSet::new();
    for (name, units) in requests {
        set.spawn(fetch(name, units));
    }
    let mut arrivals = Vec::new();
    let mut saves = JoinSet::new();
    while let Some(joined) = set.join_next().await {
        let name = joined.expect("a fetch does not panic");
        arrivals.push((name, started.elapsed()));
        saves.spawn(save(name));
    }
    saves.join_all().await;
    arrivals
}
// ANCHOR_END: save_as_completed
