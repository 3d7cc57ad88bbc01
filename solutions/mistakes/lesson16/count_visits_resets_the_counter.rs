// Mistake: resets the shared counter to 0 before starting, wiping out whatever count it already held.
// Expect: differs from the reference solution in
// ANCHOR: count_visits
/// The lock is taken only for the increment, never across the visit.
pub async fn count_visits(counter: Arc<Mutex<u64>>, visitors: usize, pages: u32) -> u64 {
    *counter.lock().await = 0;
    let handles: Vec<_> = (1..=visitors)
        .map(|visitor| {
            let counter = Arc::clone(&counter);
            tokio::spawn(async move {
                for page in 1..=pages {
                    visit(visitor, page).await;
                    *counter.lock().await += 1;
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
