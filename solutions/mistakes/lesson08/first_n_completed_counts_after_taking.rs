// Mistake: checks the count only after taking a result, so `n = 0` still waits for one.
// Expect: no name at all
// ANCHOR: first_n_completed
/// A loop that takes first and asks questions later.
pub async fn first_n_completed(requests: Vec<(&'static str, u64)>, n: usize) -> Vec<Arrival> {
    let started = Instant::now();
    let mut set = JoinSet::new();
    for (name, units) in requests {
        set.spawn(fetch(name, units));
    }
    let mut arrivals = Vec::new();
    while let Some(joined) = set.join_next().await {
        arrivals.push((joined.expect("a fetch does not panic"), started.elapsed()));
        if arrivals.len() == n {
            break;
        }
    }
    set.shutdown().await;
    arrivals
}
// ANCHOR_END: first_n_completed
