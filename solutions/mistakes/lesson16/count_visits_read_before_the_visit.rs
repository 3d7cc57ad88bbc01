// Mistake: reads the count before the visit and writes it back plus one after it (`n = self.count; await visit(); self.count = n + 1`): visitors overwrite each other's updates.
// Expect: did not do what the test checks
// ANCHOR: count_visits
/// A variant of the visitor.
pub async fn count_visits(counter: Arc<Mutex<u64>>, visitors: usize, pages: u32) -> u64 {
    let handles: Vec<_> = (1..=visitors)
        .map(|visitor| {
            let counter = Arc::clone(&counter);
            tokio::spawn(async move {
                for page in 1..=pages {
                    let seen = *counter.lock().await;
                    visit(visitor, page).await;
                    *counter.lock().await = seen + 1;
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
