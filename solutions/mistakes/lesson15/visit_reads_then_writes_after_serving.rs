// Mistake: reads the count, serves the page, then writes the count plus one: the visits served meanwhile read the same count, and their hits are lost (a read-modify-write across an `.await`).
// Expect: returned the wrong value
// Expect: did not do what the test checks: every one of the 100 visits counted
// ANCHOR: visit
/// Reads the count, serves, then stores the count plus one.
pub async fn visit(hits: Arc<Mutex<BTreeMap<&'static str, u64>>>, page: &'static str) -> u64 {
    let seen = hits.lock().unwrap().get(page).copied().unwrap_or(0);
    serve(page).await;
    let number = seen + 1;
    hits.lock().unwrap().insert(page, number);
    number
}
// ANCHOR_END: visit
