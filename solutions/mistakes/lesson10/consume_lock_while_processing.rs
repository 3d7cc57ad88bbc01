// Mistake: takes the lock in the `while let` condition, so the guard lives through the loop body and the consumers process one at a time.
// Expect: did not run its work as expected
// ANCHOR: consume
/// The guard of the condition lives until the end of the body.
pub async fn consume(receiver: SharedReceiver) -> Vec<u32> {
    let mut processed = Vec::new();
    while let Some(item) = receiver.lock().await.recv().await {
        processed.push(process(item).await);
    }
    processed
}
// ANCHOR_END: consume
