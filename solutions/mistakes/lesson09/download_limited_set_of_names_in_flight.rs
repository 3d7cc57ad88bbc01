// Mistake: keeps the names of the downloads in flight in a `HashSet` and lets one more start while the set holds fewer than `at_most`, so two downloads of the same name count as one.
// Expect: differs from the reference solution in
// ANCHOR: download_limited
/// The set of names in flight is the count; a `Notify` wakes the waiting ones.
pub async fn download_limited(
    downloads: Vec<(&'static str, Duration)>,
    at_most: usize,
) -> Vec<&'static str> {
    let in_flight = std::cell::RefCell::new(std::collections::HashSet::new());
    let room = tokio::sync::Notify::new();
    let (in_flight, room) = (&in_flight, &room);
    join_all(downloads.into_iter().map(|(name, takes)| async move {
        while in_flight.borrow().len() >= at_most {
            room.notified().await;
        }
        in_flight.borrow_mut().insert(name);
        let name = download(name, takes).await;
        in_flight.borrow_mut().remove(name);
        room.notify_waiters();
        name
    }))
    .await
}
// ANCHOR_END: download_limited
