// Mistake: the consumer takes up to `capacity` items at once with `recv_many` and processes them one by one, so it empties the channel before it has processed anything and the producer never waits as long as it should.
// Expect: did not run its work as expected
// ANCHOR: pipeline
/// Whatever is in the channel, taken in one go.
pub async fn pipeline(count: u32, capacity: usize) -> Vec<u32> {
    let (sender, mut receiver) = mpsc::channel(capacity);
    let producer = tokio::spawn(async move {
        for item in 1..=count {
            put(&sender, item).await.expect("the consumer is gone");
        }
    });
    let mut processed = Vec::new();
    let mut taken = Vec::with_capacity(capacity);
    while receiver.recv_many(&mut taken, capacity).await > 0 {
        for item in taken.drain(..) {
            processed.push(process(item).await);
        }
    }
    producer.await.expect("the producer panicked");
    processed
}
// ANCHOR_END: pipeline
