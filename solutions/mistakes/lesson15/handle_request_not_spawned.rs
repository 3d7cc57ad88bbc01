// Mistake: awaits the lookups together with `join_all` instead of spawning them: they see the id, because they are not tasks, but none of them runs in a task of its own.
// Expect: in a spawned task of its own
// ANCHOR: handle_request
/// Looks everything up inside the handler's own future.
pub async fn handle_request(items: Vec<&'static str>) -> Vec<String> {
    futures::future::join_all(items.into_iter().map(lookup)).await
}
// ANCHOR_END: handle_request
