// Mistake: takes the lock before the visit and keeps it until the count is done (`async with lock:` around the whole step): the visitors take turns instead of visiting at once.
// Expect: to return after 4.00s, but it returned after 12.00s
// ANCHOR: count_visits
/// A variant of the visitor.
pub async fn count_visits(counter: Arc<Mutex<u64>>, visitors: usize, pages: u32) -> u64 {
    let handles: Vec<_> = (1..=visitors)
        .map(|visitor| {
            let counter = Arc::clone(&counter);
            tokio::spawn(async move {
                for page in 1..=pages {
                    let mut count = counter.lock().await;
                    visit(visitor, page).await;
                    *count += 1;
                }
            })
        })
        .collect();
    for handle in join_all(handles).await {
        handle.expect("a visitor panicked");
    }
    *counter.lock().await
}
// ANCHOR_END: count_visits
