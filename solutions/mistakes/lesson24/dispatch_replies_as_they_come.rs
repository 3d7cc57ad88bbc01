// Mistake: collects the replies from a `FuturesUnordered`, in the order they are ready, as `asyncio.as_completed` gives them, not in the order of the requests.
// Expect: returned the wrong value
// ANCHOR: dispatch
/// Serves every request at once and keeps each reply as it comes.
pub async fn dispatch(handlers: &[Box<dyn Handler>], requests: &[(&str, &str)]) -> Vec<String> {
    use futures::StreamExt;
    use futures::stream::FuturesUnordered;
    let mut routes: BTreeMap<&str, &dyn Handler> = BTreeMap::new();
    for handler in handlers {
        routes.insert(handler.route(), handler.as_ref());
    }
    let replies: FuturesUnordered<_> = requests
        .iter()
        .map(|&(route, body)| {
            let handler = routes.get(route).copied();
            async move {
                match handler {
                    Some(handler) => handler.handle(body).await,
                    None => format!("404 {route}"),
                }
            }
        })
        .collect();
    replies.collect().await
}
// ANCHOR_END: dispatch
