// Mistake: spawns CAPACITY consumers, the lesson's constant, instead of the `consumers` asked for.
// Expect: how many consumer tasks processed the items
// ANCHOR: share_work
/// As many consumers as the channel holds items.
pub async fn share_work(batches: Vec<Vec<u32>>, consumers: usize) -> Vec<u32> {
    let _ = consumers;
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> =
        (0..CAPACITY).map(|_| tokio::spawn(consume(Arc::clone(&receiver)))).collect();
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
    let shares = join_all(consumers).await;
    shares.into_iter().flat_map(|share| share.expect("a consumer panicked")).collect()
}
// ANCHOR_END: share_work
