// Mistake: locks the receiver once for the whole loop, so the first consumer keeps every item to itself.
// Expect: did not run its work as expected
// ANCHOR: consume
/// One lock for the whole loop.
pub async fn consume(receiver: SharedReceiver) -> Vec<u32> {
    let mut receiver = receiver.lock().await;
    let mut processed = Vec::new();
    while let Some(item) = receiver.recv().await {
        processed.push(process(item).await);
    }
    processed
}
// ANCHOR_END: consume
