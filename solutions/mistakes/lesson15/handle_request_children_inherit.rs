// Mistake: spawns each lookup as it is, expecting the task to inherit the request id as a Python task inherits its context: a spawned task starts with no task-locals.
// Expect: returned the wrong value
// Expect: for no request
// ANCHOR: handle_request
/// Spawns the lookups inside the request's scope.
pub async fn handle_request(items: Vec<&'static str>) -> Vec<String> {
    let lookups: Vec<_> = items.into_iter().map(|item| tokio::spawn(lookup(item))).collect();
    let mut results = Vec::new();
    for lookup in lookups {
        results.push(lookup.await.expect("a lookup panicked"));
    }
    results
}
// ANCHOR_END: handle_request
