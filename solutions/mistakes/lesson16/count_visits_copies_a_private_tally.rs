// Mistake: keeps the tally in an atomic of its own, lock-free, and copies it into the counter after each visit (`*counter = tally`): the counter reads right when it started at 0, but a count it held before is overwritten.
// Expect: differs from the reference solution
// ANCHOR: count_visits
/// Tallies in an atomic, and copies the tally into the counter.
pub async fn count_visits(counter: Arc<Mutex<u64>>, visitors: usize, pages: u32) -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    let tally = Arc::new(AtomicU64::new(0));
    let handles: Vec<_> = (1..=visitors)
        .map(|visitor| {
            let (counter, tally) = (Arc::clone(&counter), Arc::clone(&tally));
            tokio::spawn(async move {
                for page in 1..=pages {
                    visit(visitor, page).await;
                    let mut counter = counter.lock().await;
                    *counter = tally.fetch_add(1, Ordering::SeqCst) + 1;
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
