// Mistake: spawns the worker and aborts it, where the exercise asks to run it in place and let dropping its future stop it.
// Expect: awaited in place
// ANCHOR: stop_by_dropping
/// Spawns the worker and aborts it when time is up.
pub async fn stop_by_dropping(worker: Worker, after: Duration) -> Option<u32> {
    let mut handle = tokio::spawn(work(worker));
    tokio::select! {
        joined = &mut handle => joined.ok(),
        () = sleep(after) => {
            handle.abort();
            let _stopped = handle.await;
            None
        }
    }
}
// ANCHOR_END: stop_by_dropping
