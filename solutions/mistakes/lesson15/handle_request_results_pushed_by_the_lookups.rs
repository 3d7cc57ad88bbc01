// Mistake: each lookup task pushes its result into a shared list, which is returned once every task is done: the results in the order the lookups finished, not in the order of the items.
// Expect: On two worker threads
// Expect: differs from the reference solution
// ANCHOR: handle_request
/// Each lookup pushes its result; the list is returned.
pub async fn handle_request(items: Vec<&'static str>) -> Vec<String> {
    let id = REQUEST_ID.try_with(|id| *id).ok();
    let results = Arc::new(Mutex::new(Vec::new()));
    let lookups: Vec<_> = items
        .into_iter()
        .map(|item| {
            let results = Arc::clone(&results);
            let found = async move {
                let found = lookup(item).await;
                results.lock().unwrap().push(found);
            };
            match id {
                Some(id) => tokio::spawn(REQUEST_ID.scope(id, found)),
                None => tokio::spawn(found),
            }
        })
        .collect();
    for lookup in lookups {
        lookup.await.expect("a lookup panicked");
    }
    let results = results.lock().unwrap().clone();
    results
}
// ANCHOR_END: handle_request
