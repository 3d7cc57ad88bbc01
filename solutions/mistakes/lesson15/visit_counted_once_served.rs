// Mistake: serves the page first and counts the visit after, as a hit counter that counts finished visits: the numbers come out the same when every visit starts at once, but while a visit is served the hits do not show it yet, and a visit that starts later while an earlier one is still served gets an earlier visitor's number.
// Expect: differs from the reference solution
// ANCHOR: visit
/// Serves, then counts the visit.
pub async fn visit(hits: Arc<Mutex<BTreeMap<&'static str, u64>>>, page: &'static str) -> u64 {
    serve(page).await;
    let mut hits = hits.lock().unwrap();
    let count = hits.entry(page).or_default();
    *count += 1;
    *count
}
// ANCHOR_END: visit
