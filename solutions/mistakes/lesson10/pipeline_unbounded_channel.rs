// Mistake: uses an unbounded channel (Python's `asyncio.Queue()` without maxsize), so the producer never waits for room.
// Expect: did not run its work as expected
// ANCHOR: pipeline
/// The producer never waits: the channel has no limit.
pub async fn pipeline(count: u32, capacity: usize) -> Vec<u32> {
    let _ = capacity;
    let (sender, mut receiver) = mpsc::unbounded_channel();
    let producer = tokio::spawn(async move {
        for item in 1..=count {
            sender.send(item).expect("the consumer is gone");
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
