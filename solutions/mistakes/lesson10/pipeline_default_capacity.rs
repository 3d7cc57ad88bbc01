// Mistake: makes the channel with the lesson's CAPACITY constant instead of the `capacity` argument.
// Expect: did not run its work as expected
// ANCHOR: pipeline
/// The channel holds CAPACITY items, whatever was asked.
pub async fn pipeline(count: u32, capacity: usize) -> Vec<u32> {
    let _ = capacity;
    let (sender, mut receiver) = mpsc::channel(CAPACITY);
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
