// Mistake: awaits each request's reply in a `for` loop, as a plain loop of `await handler.handle(body)` does in Python: the requests are served one after another.
// Expect: did not run its work as expected
// ANCHOR: dispatch
/// Serves each request in turn.
pub async fn dispatch(handlers: &[Box<dyn Handler>], requests: &[(&str, &str)]) -> Vec<String> {
    let mut routes: BTreeMap<&str, &dyn Handler> = BTreeMap::new();
    for handler in handlers {
        routes.insert(handler.route(), handler.as_ref());
    }
    let mut replies = Vec::new();
    for &(route, body) in requests {
        match routes.get(route) {
            Some(handler) => replies.push(handler.handle(body).await),
            None => replies.push(format!("404 {route}")),
        }
    }
    replies
}
// ANCHOR_END: dispatch
