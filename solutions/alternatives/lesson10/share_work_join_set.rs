// Alternative: keeps the producers and the consumers in two `JoinSet`s and collects the shares as the consumers finish.
// ANCHOR: share_work
/// Two `JoinSet`s: producers first, then the consumers' shares.
pub async fn share_work(batches: Vec<Vec<u32>>, consumers: usize) -> Vec<u32> {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let mut consuming = tokio::task::JoinSet::new();
    for _ in 0..consumers {
        consuming.spawn(consume(Arc::clone(&receiver)));
    }
    let mut producing = tokio::task::JoinSet::new();
    for batch in batches {
        let sender = sender.clone();
        producing.spawn(async move {
            for item in batch {
                put(&sender, item).await.expect("the consumers are gone");
            }
        });
    }
    drop(sender);
    producing.join_all().await;
    let mut processed = Vec::new();
    while let Some(share) = consuming.join_next().await {
        processed.extend(share.expect("a consumer panicked"));
    }
    processed
}
// ANCHOR_END: share_work
