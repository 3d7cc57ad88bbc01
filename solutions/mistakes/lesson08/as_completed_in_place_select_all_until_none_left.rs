// Mistake: races the boxed fetches with `select_all` in a loop that checks for an empty list only after a round, and `select_all` panics on an empty list: no requests at all make it panic.
// Expect: This happened on a generated scenario
// ANCHOR: as_completed_in_place
/// One round per arrival, until no fetch is left.
pub async fn as_completed_in_place(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    let started = Instant::now();
    let mut pending: Vec<_> =
        requests.into_iter().map(|(name, units)| Box::pin(fetch(name, units))).collect();
    let mut arrivals = Vec::new();
    loop {
        let (name, _index, rest) = futures::future::select_all(pending).await;
        arrivals.push((name, started.elapsed()));
        if rest.is_empty() {
            return arrivals;
        }
        pending = rest;
    }
}
// ANCHOR_END: as_completed_in_place
