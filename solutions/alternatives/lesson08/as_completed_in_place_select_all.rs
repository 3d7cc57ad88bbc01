// Alternative: races the boxed fetches with `select_all` again and again, each round with the ones left.
// ANCHOR: as_completed_in_place
/// `select_all` gives the first to end and the rest, still part way.
pub async fn as_completed_in_place(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    let started = Instant::now();
    let mut pending: Vec<_> =
        requests.into_iter().map(|(name, units)| Box::pin(fetch(name, units))).collect();
    let mut arrivals = Vec::new();
    while !pending.is_empty() {
        let (name, _index, rest) = futures::future::select_all(pending).await;
        arrivals.push((name, started.elapsed()));
        pending = rest;
    }
    arrivals
}
// ANCHOR_END: as_completed_in_place
