// Mistake: reads `REQUEST_ID.get()` inside each spawned task to scope the lookup: the task has no request id to read, and `get` panics.
// Expect: cannot access a task-local storage value without setting it first
// ANCHOR: handle_request
/// Scopes each lookup with the id it reads in the task.
pub async fn handle_request(items: Vec<&'static str>) -> Vec<String> {
    let lookups: Vec<_> = items
        .into_iter()
        .map(|item| tokio::spawn(async move { REQUEST_ID.scope(REQUEST_ID.get(), lookup(item)).await }))
        .collect();
    let mut results = Vec::new();
    for lookup in lookups {
        results.push(lookup.await.expect("a lookup panicked"));
    }
    results
}
// ANCHOR_END: handle_request
