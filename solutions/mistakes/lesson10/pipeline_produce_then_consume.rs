// Mistake: puts every item first and consumes afterwards, as a script would fill a list and then loop over it; the producer waits for room that only the consumer can make.
// Expect: Hung:
// ANCHOR: pipeline
/// Fills the channel, then empties it.
pub async fn pipeline(count: u32, capacity: usize) -> Vec<u32> {
    let (sender, mut receiver) = mpsc::channel(capacity);
    for item in 1..=count {
        put(&sender, item).await.expect("the consumer is gone");
    }
    drop(sender);
    let mut processed = Vec::new();
    while let Some(item) = receiver.recv().await {
        processed.push(process(item).await);
    }
    processed
}
// ANCHOR_END: pipeline
