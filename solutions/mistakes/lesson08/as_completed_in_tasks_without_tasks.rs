// Mistake: drives the fetches in place with a `FuturesUnordered` where the exercise asks for a task each.
// Expect: in a spawned task of its own
// ANCHOR: as_completed_in_tasks
/// The in-place version, where tasks were asked for.
pub async fn as_completed_in_tasks(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    use futures::StreamExt;
    let started = Instant::now();
    let mut pending: futures::stream::FuturesUnordered<_> =
        requests.into_iter().map(|(name, units)| fetch(name, units)).collect();
    let mut arrivals = Vec::new();
    while let Some(name) = pending.next().await {
        arrivals.push((name, started.elapsed()));
    }
    arrivals
}
// ANCHOR_END: as_completed_in_tasks
