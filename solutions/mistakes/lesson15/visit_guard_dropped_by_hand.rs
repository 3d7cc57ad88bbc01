// Mistake: drops the guard with `drop(guard)` before the `.await`: right at run time, but the compiler still counts the guard as held across the `.await`, so the future is not `Send` and the test's `tokio::spawn` does not compile. A block around the guard is what it sees.
// Expect: cannot be sent between threads safely
// Expect: the trait `Send` is not implemented for `std::sync::MutexGuard
// ANCHOR: visit
/// Counts, drops the guard, serves.
pub async fn visit(hits: Arc<Mutex<BTreeMap<&'static str, u64>>>, page: &'static str) -> u64 {
    let mut counted = hits.lock().unwrap();
    let count = counted.entry(page).or_default();
    *count += 1;
    let number = *count;
    drop(counted);
    serve(page).await;
    number
}
// ANCHOR_END: visit
