// Alternative: takes the item in a block expression in the `while let` condition, so the guard ends with the block, before the body runs.
// ANCHOR: consume
/// The block's guard is dropped at its closing brace.
pub async fn consume(receiver: SharedReceiver) -> Vec<u32> {
    let mut processed = Vec::new();
    while let Some(item) = {
        let mut receiver = receiver.lock().await;
        receiver.recv().await
    } {
        processed.push(process(item).await);
    }
    processed
}
// ANCHOR_END: consume
