// Mistake: caches replies by `(route, body)`, so a request repeated is handled once and its reply copied: the handler must be called for every request.
// Expect: did not run its work as expected
// ANCHOR: dispatch
/// Handles each distinct request once, and copies the reply to its repeats.
pub async fn dispatch(handlers: &[Box<dyn Handler>], requests: &[(&str, &str)]) -> Vec<String> {
    let mut routes: BTreeMap<&str, &dyn Handler> = BTreeMap::new();
    for handler in handlers {
        routes.insert(handler.route(), handler.as_ref());
    }
    let mut distinct: Vec<(&str, &str)> = Vec::new();
    for &request in requests {
        if !distinct.contains(&request) {
            distinct.push(request);
        }
    }
    let replies = distinct.iter().map(|&(route, body)| {
        let handler = routes.get(route).copied();
        async move {
            match handler {
                Some(handler) => handler.handle(body).await,
                None => format!("404 {route}"),
            }
        }
    });
    let replies = join_all(replies).await;
    requests
        .iter()
        .map(|request| {
            let at = distinct.iter().position(|seen| seen == request).expect("every request is there");
            replies[at].clone()
        })
        .collect()
}
// ANCHOR_END: dispatch
