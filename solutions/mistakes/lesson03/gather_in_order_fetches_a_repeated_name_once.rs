// Mistake: skips a request whose name was already asked for (a "cache" of names), so duplicate requests are fetched and returned only once.
// Expect: differs from the reference solution in
// ANCHOR: gather_in_order
/// `join_all` returns results in the order of its input.
pub async fn gather_in_order(requests: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    let mut seen = std::collections::HashSet::new();
    let unique: Vec<_> = requests.into_iter().filter(|(name, _)| seen.insert(*name)).collect();
    join_all(unique.into_iter().map(|(name, units)| fetch(name, units))).await
}
// ANCHOR_END: gather_in_order
