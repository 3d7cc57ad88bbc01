// Mistake: never waits for the lock: when another consumer holds it (waiting for the next item), it sleeps one unit and tries again, so it may take an item a unit late and return a unit after the channel closes.
// Expect: differs from the reference solution in
// ANCHOR: consume
/// `try_lock`, and a unit's rest when it is taken.
pub async fn consume(receiver: SharedReceiver) -> Vec<u32> {
    let mut processed = Vec::new();
    loop {
        let Ok(mut guard) = receiver.try_lock() else {
            tokio::time::sleep(PROCESS).await;
            continue;
        };
        let next = guard.recv().await;
        drop(guard);
        let Some(item) = next else { break };
        processed.push(process(item).await);
    }
    processed
}
// ANCHOR_END: consume
