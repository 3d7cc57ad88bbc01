// ANCHOR: dispatch
/// The replies come from a `FuturesUnordered` as they are ready, each with
/// its request's index, and are put back in order at the end.
pub async fn dispatch(handlers: &[Box<dyn Handler>], requests: &[(&str, &str)]) -> Vec<String> {
    use futures::StreamExt;
    use futures::stream::FuturesUnordered;
    let routes: std::collections::HashMap<&str, &dyn Handler> =
        handlers.iter().map(|handler| (handler.route(), handler.as_ref())).collect();
    let mut replies: FuturesUnordered<_> = requests
        .iter()
        .enumerate()
        .map(|(index, &(route, body))| {
            let handler = routes.get(route).copied();
            async move {
                let reply = match handler {
                    Some(handler) => handler.handle(body).await,
                    None => format!("404 {route}"),
                };
                (index, reply)
            }
        })
        .collect();
    let mut in_order = vec![String::new(); requests.len()];
    while let Some((index, reply)) = replies.next().await {
        in_order[index] = reply;
    }
    in_order
}
// ANCHOR_END: dispatch
