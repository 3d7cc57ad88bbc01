// Mistake: clones the map out of the lock to keep the guard short, and counts the visit in the copy: nothing reaches the shared hits.
// Expect: returned the wrong value
// ANCHOR: visit
/// Counts the visit in a copy of the hits.
pub async fn visit(hits: Arc<Mutex<BTreeMap<&'static str, u64>>>, page: &'static str) -> u64 {
    let mut counted = hits.lock().unwrap().clone();
    let count = counted.entry(page).or_default();
    *count += 1;
    let number = *count;
    serve(page).await;
    number
}
// ANCHOR_END: visit
