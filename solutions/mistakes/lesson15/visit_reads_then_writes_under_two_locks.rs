// Mistake: reads the page's count under one lock and writes it back plus one under a second, before serving: a read-modify-write in two steps. Right on one thread; on two worker threads two visits can read the same count, and a hit is lost.
// Expect: On two worker threads
// Expect: differs from the reference solution
// ANCHOR: visit
/// Reads the count, then stores the count plus one, then serves.
pub async fn visit(hits: Arc<Mutex<BTreeMap<&'static str, u64>>>, page: &'static str) -> u64 {
    let number = hits.lock().unwrap().get(page).copied().unwrap_or(0) + 1;
    hits.lock().unwrap().insert(page, number);
    serve(page).await;
    number
}
// ANCHOR_END: visit
