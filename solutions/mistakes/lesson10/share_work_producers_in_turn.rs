// Mistake: spawns one producer per batch but awaits each before spawning the next, so the batches are put one after another instead of by producers working at the same time.
// Expect: differs from the reference solution in
// ANCHOR: share_work
/// A task per batch, one batch at a time.
pub async fn share_work(batches: Vec<Vec<u32>>, consumers: usize) -> Vec<u32> {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> =
        (0..consumers).map(|_| tokio::spawn(consume(Arc::clone(&receiver)))).collect();
    for batch in batches {
        let sender = sender.clone();
        let producer = tokio::spawn(async move {
            for item in batch {
                put(&sender, item).await.expect("the consumers are gone");
            }
        });
        producer.await.expect("a producer panicked");
    }
    drop(sender);
    let shares = join_all(consumers).await;
    shares.into_iter().flat_map(|share| share.expect("a consumer panicked")).collect()
}
// ANCHOR_END: share_work
