// Mistake: spawns a single producer task that puts every batch in turn, instead of one producer per batch.
// Expect: in a spawned task of its own
// ANCHOR: share_work
/// One producer task for all the batches.
pub async fn share_work(batches: Vec<Vec<u32>>, consumers: usize) -> Vec<u32> {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> =
        (0..consumers).map(|_| tokio::spawn(consume(Arc::clone(&receiver)))).collect();
    let producer = tokio::spawn(async move {
        for item in batches.into_iter().flatten() {
            put(&sender, item).await.expect("the consumers are gone");
        }
    });
    producer.await.expect("the producer panicked");
    let shares = join_all(consumers).await;
    shares.into_iter().flat_map(|share| share.expect("a consumer panicked")).collect()
}
// ANCHOR_END: share_work
