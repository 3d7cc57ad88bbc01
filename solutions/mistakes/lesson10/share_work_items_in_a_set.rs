// Mistake: gathers the consumers' shares into a `BTreeSet` to return them sorted, which also drops an item put twice.
// Expect: differs from the reference solution in
// ANCHOR: share_work
/// The shares merged in a set.
pub async fn share_work(batches: Vec<Vec<u32>>, consumers: usize) -> Vec<u32> {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> =
        (0..consumers).map(|_| tokio::spawn(consume(Arc::clone(&receiver)))).collect();
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
    let mut all = std::collections::BTreeSet::new();
    for share in join_all(consumers).await {
        all.extend(share.expect("a consumer panicked"));
    }
    all.into_iter().collect()
}
// ANCHOR_END: share_work
