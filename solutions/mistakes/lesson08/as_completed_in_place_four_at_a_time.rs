// Mistake: runs the fetches through a stream with `buffer_unordered(4)`, which hands over each name as its fetch ends but fetches at most four at a time, so a fifth request waits for a place.
// Expect: differs from the reference solution in
// ANCHOR: as_completed_in_place
/// A handful at a time, each name as it comes.
pub async fn as_completed_in_place(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    use futures::StreamExt;

    let started = Instant::now();
    futures::stream::iter(requests)
        .map(|(name, units)| fetch(name, units))
        .buffer_unordered(4)
        .map(|name| (name, started.elapsed()))
        .collect()
        .await
}
// ANCHOR_END: as_completed_in_place
