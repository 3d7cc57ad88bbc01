// Alternative: after `n` arrivals, `abort_all` and then `join_next` until the set is empty, which is what `shutdown` does.
// ANCHOR: first_n_completed
/// Aborts the rest and waits for each of them to go.
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
    set.abort_all();
    while set.join_next().await.is_some() {}
    arrivals
}
// ANCHOR_END: first_n_completed
