// Alternative: counts in a plain (not async) function, so the guard cannot outlive it, and awaits only after it returned.
// ANCHOR: visit
/// Counts in a helper, then serves.
pub async fn visit(hits: Arc<Mutex<BTreeMap<&'static str, u64>>>, page: &'static str) -> u64 {
    fn count(hits: &Mutex<BTreeMap<&'static str, u64>>, page: &'static str) -> u64 {
        let mut hits = hits.lock().expect("a visit panicked while holding the lock");
        let count = hits.entry(page).or_default();
        *count += 1;
        *count
    }
    let number = count(&hits, page);
    serve(page).await;
    number
}
// ANCHOR_END: visit
