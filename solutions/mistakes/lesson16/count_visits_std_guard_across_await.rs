// Mistake: a `std::sync::Mutex` guard held across the visit; spawning refuses such a future, so the visitors run with `join_all` instead, and the second visitor blocks the thread waiting for a lock the first cannot release.
// Expect: block
// ANCHOR: count_visits
/// A blocking lock around an `.await`.
pub async fn count_visits(counter: Arc<Mutex<u64>>, visitors: usize, pages: u32) -> u64 {
    let local = Arc::new(std::sync::Mutex::new(0_u64));
    let visits = (1..=visitors).map(|visitor| {
        let local = Arc::clone(&local);
        async move {
            for page in 1..=pages {
                let mut count = local.lock().expect("poisoned");
                visit(visitor, page).await;
                *count += 1;
            }
        }
    });
    join_all(visits).await;
    let total = *local.lock().expect("poisoned");
    *counter.lock().await = total;
    total
}
// ANCHOR_END: count_visits
