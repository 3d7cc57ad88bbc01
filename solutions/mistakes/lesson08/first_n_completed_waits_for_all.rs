// Mistake: lets every fetch finish and keeps the first `n` arrivals, instead of stopping the fetches not needed.
// Expect: did not run its work as expected
// ANCHOR: first_n_completed
/// Takes all arrivals, then cuts the list.
pub async fn first_n_completed(requests: Vec<(&'static str, u64)>, n: usize) -> Vec<Arrival> {
    let started = Instant::now();
    let mut set = JoinSet::new();
    for (name, units) in requests {
        set.spawn(fetch(name, units));
    }
    let mut arrivals = Vec::new();
    while let Some(joined) = set.join_next().await {
        arrivals.push((joined.expect("a fetch does not panic"), started.elapsed()));
    }
    arrivals.truncate(n);
    arrivals
}
// ANCHOR_END: first_n_completed
