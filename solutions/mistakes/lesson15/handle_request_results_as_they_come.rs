// Mistake: puts the lookups in a `JoinSet` and collects the results as they come (`join_next`): in the order the lookups finish, which on one thread is the order of the items when every lookup takes as long, and on two worker threads is not.
// Expect: On two worker threads
// Expect: differs from the reference solution
// ANCHOR: handle_request
/// Lookups in a `JoinSet`, results in finishing order.
pub async fn handle_request(items: Vec<&'static str>) -> Vec<String> {
    let id = REQUEST_ID.try_with(|id| *id).ok();
    let mut lookups = tokio::task::JoinSet::new();
    for item in items {
        match id {
            Some(id) => lookups.spawn(REQUEST_ID.scope(id, lookup(item))),
            None => lookups.spawn(lookup(item)),
        };
    }
    let mut results = Vec::new();
    while let Some(result) = lookups.join_next().await {
        results.push(result.expect("a lookup panicked"));
    }
    results
}
// ANCHOR_END: handle_request
