// Mistake: calls `join_next` exactly `n` times and unwraps, so asking for more than there are panics on `None`.
// Expect: Panicked
// ANCHOR: first_n_completed
/// Trusts that there are always `n` to take.
pub async fn first_n_completed(requests: Vec<(&'static str, u64)>, n: usize) -> Vec<Arrival> {
    let started = Instant::now();
    let mut set = JoinSet::new();
    for (name, units) in requests {
        set.spawn(fetch(name, units));
    }
    let mut arrivals = Vec::new();
    for _ in 0..n {
        let joined = set.join_next().await.expect("there is always one more");
        arrivals.push((joined.expect("a fetch does not panic"), started.elapsed()));
    }
    set.shutdown().await;
    arrivals
}
// ANCHOR_END: first_n_completed
