// Mistake: gives each producer a clone of the sender but never drops the original, so the channel never closes and the consumers wait for ever.
// Expect: Hung:
// ANCHOR: share_work
/// The original sender stays alive until the end.
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
    for producer in join_all(producers).await {
        producer.expect("a producer panicked");
    }
    let shares = join_all(consumers).await;
    drop(sender);
    shares.into_iter().flat_map(|share| share.expect("a consumer panicked")).collect()
}
// ANCHOR_END: share_work
