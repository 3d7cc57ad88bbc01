// Mistake: keeps the std `MutexGuard` until the end of the function, across the `.await` of `serve`: the future is no longer `Send`, and the test's `tokio::spawn` does not compile.
// Expect: cannot be sent between threads safely
// Expect: the trait `Send` is not implemented for `std::sync::MutexGuard
// ANCHOR: visit
/// Counts and serves under one lock.
pub async fn visit(hits: Arc<Mutex<BTreeMap<&'static str, u64>>>, page: &'static str) -> u64 {
    let mut hits = hits.lock().unwrap();
    let count = hits.entry(page).or_default();
    *count += 1;
    let number = *count;
    serve(page).await;
    number
}
// ANCHOR_END: visit
