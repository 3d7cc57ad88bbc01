// ANCHOR: dispatch
/// No map: each request searches the handlers from the end, so the last
/// registered for a route is found first.
pub async fn dispatch(handlers: &[Box<dyn Handler>], requests: &[(&str, &str)]) -> Vec<String> {
    let replies = requests.iter().map(|&(route, body)| async move {
        match handlers.iter().rev().find(|handler| handler.route() == route) {
            Some(handler) => handler.handle(body).await,
            None => format!("404 {route}"),
        }
    });
    join_all(replies).await
}
// ANCHOR_END: dispatch
