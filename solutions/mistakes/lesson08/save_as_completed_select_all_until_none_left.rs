// Mistake: races the handles with `select_all` in a loop that checks for an empty list only after a round, and `select_all` panics on an empty list: no requests at all make it panic.
// Expect: This happened on a generated scenario
// ANCHOR: save_as_completed
/// One round per arrival, each saved before the next round.
pub async fn save_as_completed(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    let started = Instant::now();
    let mut pending: Vec<_> =
        requests.into_iter().map(|(name, units)| tokio::spawn(fetch(name, units))).collect();
    let mut arrivals = Vec::new();
    loop {
        let (joined, _index, rest) = futures::future::select_all(pending).await;
        let name = joined.expect("a fetch does not panic");
        arrivals.push((name, started.elapsed()));
        save(name).await;
        if rest.is_empty() {
            return arrivals;
        }
        pending = rest;
    }
}
// ANCHOR_END: save_as_completed
