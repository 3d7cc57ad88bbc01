// Mistake: spawns each handler's future with `tokio::spawn`, as `create_task` would: the future borrows the handler and the body, which are only lent to `dispatch`, so it is not `'static` and does not compile.
// Expect: borrowed data escapes outside of function
// ANCHOR: dispatch
/// Spawns a task per request.
pub async fn dispatch(handlers: &[Box<dyn Handler>], requests: &[(&str, &str)]) -> Vec<String> {
    let mut tasks = Vec::new();
    for &(route, body) in requests {
        let handler = handlers.iter().rev().find(|handler| handler.route() == route);
        tasks.push(handler.map(|handler| tokio::spawn(handler.handle(body))));
    }
    let mut replies = Vec::new();
    for (task, &(route, _)) in tasks.into_iter().zip(requests) {
        match task {
            Some(task) => replies.push(task.await.expect("a handler panicked")),
            None => replies.push(format!("404 {route}")),
        }
    }
    replies
}
// ANCHOR_END: dispatch
