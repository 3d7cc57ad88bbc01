// Mistake: puts with `try_send` (Python's `put_nowait`) and skips an item when the channel is full, so items are lost instead of the producer waiting.
// Expect: returned the wrong value
// ANCHOR: pipeline
/// Never waits for room: a full channel drops the item.
pub async fn pipeline(count: u32, capacity: usize) -> Vec<u32> {
    let (sender, mut receiver) = mpsc::channel(capacity);
    let producer = tokio::spawn(async move {
        for item in 1..=count {
            if sender.try_send(item).is_err() {
                tokio::task::yield_now().await;
            }
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
