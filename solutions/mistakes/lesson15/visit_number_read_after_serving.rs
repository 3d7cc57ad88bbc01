// Mistake: counts the visit, serves the page, and only then reads the count for the visitor number: by then the other visits have counted too, and every visitor of /home is number 3.
// Expect: returned the wrong value
// ANCHOR: visit
/// Counts, serves, then reads the visitor number.
pub async fn visit(hits: Arc<Mutex<BTreeMap<&'static str, u64>>>, page: &'static str) -> u64 {
    *hits.lock().unwrap().entry(page).or_default() += 1;
    serve(page).await;
    hits.lock().unwrap()[page]
}
// ANCHOR_END: visit
