// Mistake: returns once it has `n` names and lets the `JoinSet` drop, which aborts the other tasks but does not wait for them to stop.
// Expect: Leak:
// ANCHOR: first_n_completed
/// Dropping the set only asks the tasks to stop.
pub async fn first_n_completed(requests: Vec<(&'static str, u64)>, n: usize) -> Vec<Arrival> {
    let started = Instant::now();
    let mut set = JoinSet::new();
    for (name, units) in requests {
        set.spawn(fetch(name, units));
    }
    let mut arrivals = Vec::new();
    while arrivals.len() < n {
        let Some(joined) = set.join_next().await else { break };
        arrivals.push((joined.expect("a fetch does not panic"), started.elapsed()));
    }
    arrivals
}
// ANCHOR_END: first_n_completed
