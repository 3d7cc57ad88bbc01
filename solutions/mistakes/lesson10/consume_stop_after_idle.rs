// Mistake: stops when no item comes within one unit (Python's `wait_for(queue.get(), 1)`), guessing that the work is over instead of waiting for the channel to close.
// Expect: a consumer returns when recv() gives None
// ANCHOR: consume
/// Stops after one unit without an item.
pub async fn consume(receiver: SharedReceiver) -> Vec<u32> {
    let mut processed = Vec::new();
    loop {
        let next = tokio::time::timeout(PROCESS, async { receiver.lock().await.recv().await });
        let Ok(Some(item)) = next.await else { break };
        processed.push(process(item).await);
    }
    processed
}
// ANCHOR_END: consume
