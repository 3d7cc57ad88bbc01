// Alternative: runs the producer and the consumer side by side in this task with `tokio::join!`, no spawn.
// ANCHOR: pipeline
/// The producer owns the sender, so the channel closes when it is done.
pub async fn pipeline(count: u32, capacity: usize) -> Vec<u32> {
    let (sender, mut receiver) = mpsc::channel(capacity);
    let produce = async move {
        for item in 1..=count {
            put(&sender, item).await.expect("the consumer is gone");
        }
    };
    let consume = async {
        let mut processed = Vec::new();
        while let Some(item) = receiver.recv().await {
            processed.push(process(item).await);
        }
        processed
    };
    let ((), processed) = tokio::join!(produce, consume);
    processed
}
// ANCHOR_END: pipeline
