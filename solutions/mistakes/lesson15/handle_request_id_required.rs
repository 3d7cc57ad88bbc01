// Mistake: takes the id with `REQUEST_ID.get()` in the handler, which panics when the handler runs outside any request.
// Expect: cannot access a task-local storage value without setting it first
// ANCHOR: handle_request
/// Passes the id on, assuming there always is one.
pub async fn handle_request(items: Vec<&'static str>) -> Vec<String> {
    let id = REQUEST_ID.get();
    let lookups: Vec<_> =
        items.into_iter().map(|item| tokio::spawn(REQUEST_ID.scope(id, lookup(item)))).collect();
    let mut results = Vec::new();
    for lookup in lookups {
        results.push(lookup.await.expect("a lookup panicked"));
    }
    results
}
// ANCHOR_END: handle_request
