// Mistake: makes the channel one smaller than `capacity`, counting the item in the consumer's hands as one of the `capacity`, so the producer waits one put sooner.
// Expect: did not run its work as expected
// ANCHOR: pipeline
/// `capacity` items between the producer and the consumer, the one being processed included.
pub async fn pipeline(count: u32, capacity: usize) -> Vec<u32> {
    let (sender, mut receiver) = mpsc::channel(capacity.saturating_sub(1).max(1));
    let producer = tokio::spawn(async move {
        for item in 1..=count {
            put(&sender, item).await.expect("the consumer is gone");
        }
    });
    let mut processed = Vec::new();
    while let Some(item) = receiver.recv().await {
        processed.push(process(item).await);
    }
    producer.await.expect("the producer panicked");
    processed
}
// ANCHOR_END: pipeline
