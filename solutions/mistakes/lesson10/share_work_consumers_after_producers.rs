// Mistake: waits for the producers before it starts the consumers (gather the producers first), so the producers wait for room that nobody makes.
// Expect: Hung:
// ANCHOR: share_work
/// Producers first, consumers afterwards.
pub async fn share_work(batches: Vec<Vec<u32>>, consumers: usize) -> Vec<u32> {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
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
    for producer in join_all(producers).await {
        producer.expect("a producer panicked");
    }
    let consumers: Vec<_> =
        (0..consumers).map(|_| tokio::spawn(consume(Arc::clone(&receiver)))).collect();
    let shares = join_all(consumers).await;
    shares.into_iter().flat_map(|share| share.expect("a consumer panicked")).collect()
}
// ANCHOR_END: share_work
