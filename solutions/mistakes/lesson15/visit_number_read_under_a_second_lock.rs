// Mistake: counts the visit under one lock and reads the visitor number under a second, before serving: right on one thread, but on two worker threads another visit to the page can count between the two lockings, and two visitors get the same number (one number is never given).
// Expect: On two worker threads
// Expect: differs from the reference solution
// ANCHOR: visit
/// Counts under one lock, reads the number under another, then serves.
pub async fn visit(hits: Arc<Mutex<BTreeMap<&'static str, u64>>>, page: &'static str) -> u64 {
    *hits.lock().unwrap().entry(page).or_default() += 1;
    let number = hits.lock().unwrap()[page];
    serve(page).await;
    number
}
// ANCHOR_END: visit
