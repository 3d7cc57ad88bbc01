// Mistake: runs the consumers side by side in this task with `join_all` instead of spawning them as tasks.
// Expect: consumer tasks
// ANCHOR: share_work
/// The consumers are futures joined here, not tasks.
pub async fn share_work(batches: Vec<Vec<u32>>, consumers: usize) -> Vec<u32> {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consuming = join_all((0..consumers).map(|_| consume(Arc::clone(&receiver))));
    let producers: Vec<_> = batches
        .into_iter()
        .map(|batch| {
            let sender = sender.clone();
            tokio::spawn(async move {
                for item in batch {
                    put(&sender, item).await.expect("the consumers are gone");
                }
            })
        })
        .collect();
    drop(sender);
    let (shares, producers) = tokio::join!(consuming, join_all(producers));
    for producer in producers {
        producer.expect("a producer panicked");
    }
    shares.into_iter().flatten().collect()
}
// ANCHOR_END: share_work
