// Mistake: drives the fetches with a `FuturesUnordered`, which nobody polls while a save is awaited, so the other fetches stand still.
// Expect: did not run its work as expected
// ANCHOR: save_as_completed
/// The in-place version, with saves in the loop.
pub async fn save_as_completed(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    use futures::StreamExt;
    let started = Instant::now();
    let mut pending: futures::stream::FuturesUnordered<_> =
        requests.into_iter().map(|(name, units)| fetch(name, units)).collect();
    let mut arrivals = Vec::new();
    while let Some(name) = pending.next().await {
        arrivals.push((name, started.elapsed()));
        save(name).await;
    }
    arrivals
}
// ANCHOR_END: save_as_completed
