// Mistake: serves at most 8 requests at a time (`buffered(8)`), like a server's limit on requests in flight: from the 9th request on, a call starts only when an earlier one ends, where every call starts at once.
// Expect: to return after 1.00s, but it returned after 5.00s
// ANCHOR: dispatch
/// Serves the requests at most 8 at a time.
pub async fn dispatch(handlers: &[Box<dyn Handler>], requests: &[(&str, &str)]) -> Vec<String> {
    use futures::StreamExt;

    // No more than this many requests in flight, as a server would.
    const MAX_IN_FLIGHT: usize = 8;

    let calls = requests.iter().map(|&(route, body)| {
        let handler = handlers.iter().rev().find(|handler| handler.route() == route);
        async move {
            match handler {
                Some(handler) => handler.handle(body).await,
                None => format!("404 {route}"),
            }
        }
    });
    futures::stream::iter(calls).buffered(MAX_IN_FLIGHT).collect().await
}
// ANCHOR_END: dispatch
