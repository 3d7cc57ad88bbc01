// Mistake: each visitor counts its own visits and adds them to the counter once it is done: the total is right, but nobody reading the counter meanwhile sees the visits.
// Expect: did not do what the test checks
// ANCHOR: count_visits
/// A variant of the visitor.
pub async fn count_visits(counter: Arc<Mutex<u64>>, visitors: usize, pages: u32) -> u64 {
    let handles: Vec<_> = (1..=visitors)
        .map(|visitor| {
            let counter = Arc::clone(&counter);
            tokio::spawn(async move {
                let mut mine = 0;
                for page in 1..=pages {
                    visit(visitor, page).await;
                    mine += 1;
                }
                *counter.lock().await += mine;
            })
        })
        .collect();
    for handle in join_all(handles).await {
        handle.expect("a visitor panicked");
    }
    *counter.lock().await
}
// ANCHOR_END: count_visits
