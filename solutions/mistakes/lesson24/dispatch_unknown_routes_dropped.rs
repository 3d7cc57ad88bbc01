// Mistake: skips a request for a route nobody serves (`if route in routes`), so it gets no reply at all and the replies no longer line up with the requests.
// Expect: returned the wrong value
// ANCHOR: dispatch
/// Serves the requests that have a handler.
pub async fn dispatch(handlers: &[Box<dyn Handler>], requests: &[(&str, &str)]) -> Vec<String> {
    let mut routes: BTreeMap<&str, &dyn Handler> = BTreeMap::new();
    for handler in handlers {
        routes.insert(handler.route(), handler.as_ref());
    }
    let replies = requests
        .iter()
        .filter_map(|&(route, body)| routes.get(route).map(|handler| handler.handle(body)));
    join_all(replies).await
}
// ANCHOR_END: dispatch
