// Mistake: keeps at most four tasks in the set, waiting for one to end before it spawns the next, where every fetch must start at once.
// Expect: differs from the reference solution in
// ANCHOR: as_completed_in_tasks
/// Spawns while there is room, and takes each name as its task ends.
pub async fn as_completed_in_tasks(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    const AT_ONCE: usize = 4;
    let started = Instant::now();
    let mut set = JoinSet::new();
    let mut arrivals = Vec::new();
    for (name, units) in requests {
        if set.len() == AT_ONCE {
            let joined = set.join_next().await.expect("the set is full");
            arrivals.push((joined.expect("a fetch does not panic"), started.elapsed()));
        }
        set.spawn(fetch(name, units));
    }
    while let Some(joined) = set.join_next().await {
        arrivals.push((joined.expect("a fetch does not panic"), started.elapsed()));
    }
    arrivals
}
// ANCHOR_END: as_completed_in_tasks
