// Mistake: gathers every fetch with `join_all` and sorts the names afterwards by how long they took, so each arrives only when all are done.
// Expect: returned the wrong value
// ANCHOR: as_completed_in_place
/// Waits for all, then puts the quickest first.
pub async fn as_completed_in_place(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    let started = Instant::now();
    let fetches = requests.iter().map(|&(name, units)| fetch(name, units));
    let names = futures::future::join_all(fetches).await;
    let all_in = started.elapsed();
    let mut arrivals: Vec<(Arrival, u64)> = names
        .into_iter()
        .zip(requests.iter().map(|&(_, units)| units))
        .map(|(name, units)| ((name, all_in), units))
        .collect();
    arrivals.sort_by_key(|&(_, units)| units);
    arrivals.into_iter().map(|(arrival, _)| arrival).collect()
}
// ANCHOR_END: as_completed_in_place
