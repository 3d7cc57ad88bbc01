// Mistake: serves each route's requests in a worker of its own, one after another, the workers joined: every route is served at the same time, but two requests for one route take twice as long, where every call starts at once.
// Expect: did not run its work as expected
// ANCHOR: dispatch
/// One worker per route, serving its queue in turn.
pub async fn dispatch(handlers: &[Box<dyn Handler>], requests: &[(&str, &str)]) -> Vec<String> {
    // The registry: a later handler for a route replaces the earlier one.
    let mut routes: BTreeMap<&str, &dyn Handler> = BTreeMap::new();
    for handler in handlers {
        routes.insert(handler.route(), handler.as_ref());
    }
    // One worker per route, each with its queue of requests (and their places).
    let mut queues: BTreeMap<&str, Vec<(usize, &str)>> = BTreeMap::new();
    for (i, &(route, body)) in requests.iter().enumerate() {
        queues.entry(route).or_default().push((i, body));
    }
    let workers = queues.into_iter().map(|(route, queue)| {
        let handler = routes.get(route).copied();
        async move {
            let mut served = Vec::new();
            for (i, body) in queue {
                let reply = match handler {
                    Some(handler) => handler.handle(body).await,
                    None => format!("404 {route}"),
                };
                served.push((i, reply));
            }
            served
        }
    });
    // All the workers run at the same time.
    let mut replies = vec![String::new(); requests.len()];
    for (i, reply) in join_all(workers).await.into_iter().flatten() {
        replies[i] = reply;
    }
    replies
}
// ANCHOR_END: dispatch
