// Mistake: notes the moment a name arrived only after its save, so every arrival is 2 units late.
// Expect: before its save
// ANCHOR: save_as_completed
/// Saves, then measures.
pub async fn save_as_completed(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    let started = Instant::now();
    let mut set = JoinSet::new();
    for (name, units) in requests {
        set.spawn(fetch(name, units));
    }
    let mut arrivals = Vec::new();
    while let Some(joined) = set.join_next().await {
        let name = joined.expect("a fetch does not panic");
        save(name).await;
        arrivals.push((name, started.elapsed()));
    }
    arrivals
}
// ANCHOR_END: save_as_completed
