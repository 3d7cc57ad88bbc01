// Mistake: gathers the requests in batches of eight, each batch only after the one before, so a ninth request waits for the first eight.
// Expect: differs from the reference solution in
// ANCHOR: gather_in_order
/// Fetches eight requests at a time, batch after batch.
pub async fn gather_in_order(requests: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    let mut names = Vec::new();
    for batch in requests.chunks(8) {
        names.extend(join_all(batch.iter().map(|&(name, units)| fetch(name, units))).await);
    }
    names
}
// ANCHOR_END: gather_in_order
