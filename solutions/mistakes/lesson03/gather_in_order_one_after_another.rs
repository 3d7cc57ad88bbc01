// Mistake: awaits each fetch in turn in a loop, so the requests run one after another.
// Expect: did not run its work as expected
// ANCHOR: gather_in_order
/// Fetches each request in turn.
pub async fn gather_in_order(requests: Vec<(&'static str, u64)>) -> Vec<&'static str> {
    let mut names = Vec::new();
    for (name, units) in requests {
        names.push(fetch(name, units).await);
    }
    names
}
// ANCHOR_END: gather_in_order
