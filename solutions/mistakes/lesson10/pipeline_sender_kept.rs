// Mistake: gives the producer a clone of the sender and keeps the original, so the channel never closes and the consumer waits for ever.
// Expect: Hung:
// ANCHOR: pipeline
/// The producer works on a clone; the original sender stays here.
pub async fn pipeline(count: u32, capacity: usize) -> Vec<u32> {
    let (sender, mut receiver) = mpsc::channel(capacity);
    let producing = sender.clone();
    let producer = tokio::spawn(async move {
        for item in 1..=count {
            put(&producing, item).await.expect("the consumer is gone");
        }
    });
    let mut processed = Vec::new();
    while let Some(item) = receiver.recv().await {
        processed.push(process(item).await);
    }
    producer.await.expect("the producer panicked");
    drop(sender);
    processed
}
// ANCHOR_END: pipeline
