// Mistake: stops as soon as the channel is empty (`try_recv`, Python's `get_nowait` until `QueueEmpty`), although more items may still come.
// Expect: a consumer returns when recv() gives None
// ANCHOR: consume
/// Stops at the first empty channel.
pub async fn consume(receiver: SharedReceiver) -> Vec<u32> {
    let mut processed = Vec::new();
    loop {
        let next = receiver.lock().await.try_recv();
        let Ok(item) = next else { break };
        processed.push(process(item).await);
    }
    processed
}
// ANCHOR_END: consume
