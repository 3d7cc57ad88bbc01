// Mistake: reads the id and wraps the whole handler in `REQUEST_ID.scope(id, ...)` once more: the handler had the id already; the spawned lookups still have none.
// Expect: returned the wrong value
// Expect: for no request
// ANCHOR: handle_request
/// Re-enters the request's scope around the spawning.
pub async fn handle_request(items: Vec<&'static str>) -> Vec<String> {
    let work = async move {
        let lookups: Vec<_> = items.into_iter().map(|item| tokio::spawn(lookup(item))).collect();
        let mut results = Vec::new();
        for lookup in lookups {
            results.push(lookup.await.expect("a lookup panicked"));
        }
        results
    };
    match REQUEST_ID.try_with(|id| *id) {
        Ok(id) => REQUEST_ID.scope(id, work).await,
        Err(_) => work.await,
    }
}
// ANCHOR_END: handle_request
