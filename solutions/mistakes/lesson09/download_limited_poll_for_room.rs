// Mistake: counts the downloads in flight and looks for room every tenth of a unit (Python's `while in_flight >= n: await asyncio.sleep(0.1)`), so a download that ends between two looks leaves its place empty until the next one.
// Expect: differs from the reference solution in
// ANCHOR: download_limited
/// A counter and a short sleep instead of a semaphore.
pub async fn download_limited(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let in_flight = std::cell::Cell::new(0);
    let in_flight = &in_flight;
    join_all(downloads.into_iter().map(|(name, takes)| async move {
        while in_flight.get() >= at_most {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        in_flight.set(in_flight.get() + 1);
        let name = download(name, takes).await;
        in_flight.set(in_flight.get() - 1);
        name
    }))
    .await
}
// ANCHOR_END: download_limited
