// Alternative: reads the id once as a `Result`, scopes the lookup inside each spawned task when there is an id, and joins the handles with `join_all`.
// ANCHOR: handle_request
/// Scopes each spawned lookup with the request id, when there is one.
pub async fn handle_request(items: Vec<&'static str>) -> Vec<String> {
    let id = REQUEST_ID.try_with(|id| *id);
    let handles = items.into_iter().map(|item| {
        tokio::spawn(async move {
            match id {
                Ok(id) => REQUEST_ID.scope(id, lookup(item)).await,
                Err(_) => lookup(item).await,
            }
        })
    });
    let results = futures::future::join_all(handles).await;
    results.into_iter().map(|result| result.expect("a lookup panicked")).collect()
}
// ANCHOR_END: handle_request
