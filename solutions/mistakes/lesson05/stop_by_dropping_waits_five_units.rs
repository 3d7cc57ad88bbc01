// Mistake: gives the worker the story's 5 units instead of the `after` it is given.
// Expect: differs from the reference solution in
// ANCHOR: stop_by_dropping
/// The deadline is 5, whatever `after` says.
pub async fn stop_by_dropping(worker: Worker, after: Duration) -> Option<u32> {
    let _ = after;
    tokio::select! {
        steps = work(worker) => Some(steps),
        () = sleep(Duration::from_secs(5)) => None,
    }
}
// ANCHOR_END: stop_by_dropping
