// Mistake: once it has `n` names, also takes every fetch that has already finished before stopping the rest, so fetches that end at the same instant as the `n`th make it more than `n`.
// Expect: differs from the reference solution in
// ANCHOR: first_n_completed
/// Nothing that is already done is thrown away.
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
    while let Some(joined) = set.try_join_next() {
        arrivals.push((joined.expect("a fetch does not panic"), started.elapsed()));
    }
    set.shutdown().await;
    arrivals
}
// ANCHOR_END: first_n_completed
