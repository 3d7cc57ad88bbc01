// Mistake: returns how many visits were made (`visitors * pages`) instead of reading the counter once every visitor is done: right when the counter starts at 0, wrong when it already held a count.
// Expect: differs from the reference solution
// ANCHOR: count_visits
/// Counts each visit, then returns the number of visits made.
pub async fn count_visits(counter: Arc<Mutex<u64>>, visitors: usize, pages: u32) -> u64 {
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
    visitors as u64 * u64::from(pages)
}
// ANCHOR_END: count_visits
