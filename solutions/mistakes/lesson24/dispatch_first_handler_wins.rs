// Mistake: looks the handler up with `iter().find`, so of two handlers for one route the first registered serves it, where a later registration replaces an earlier one.
// Expect: returned the wrong value
// ANCHOR: dispatch
/// Finds the handler of each request among the handlers in order.
pub async fn dispatch(handlers: &[Box<dyn Handler>], requests: &[(&str, &str)]) -> Vec<String> {
    let replies = requests.iter().map(|&(route, body)| async move {
        match handlers.iter().find(|handler| handler.route() == route) {
            Some(handler) => handler.handle(body).await,
            None => format!("404 {route}"),
        }
    });
    join_all(replies).await
}
// ANCHOR_END: dispatch
