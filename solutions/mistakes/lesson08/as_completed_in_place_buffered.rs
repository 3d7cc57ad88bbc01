// Mistake: runs the fetches through a stream with `buffered`, which keeps the order given instead of the order they end.
// Expect: returned the wrong value
// ANCHOR: as_completed_in_place
/// `buffered` hands results back in the order the requests came in.
pub async fn as_completed_in_place(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    use futures::StreamExt;
    let started = Instant::now();
    let count = requests.len();
    let mut names = futures::stream::iter(requests)
        .map(|(name, units)| fetch(name, units))
        .buffered(count.max(1));
    let mut arrivals = Vec::new();
    while let Some(name) = names.next().await {
        arrivals.push((name, started.elapsed()));
    }
    arrivals
}
// ANCHOR_END: as_completed_in_place
