// Mistake: waits until the channel is empty (Python's `while not queue.empty()`), checking every tenth of a unit, instead of until every item has been processed.
// Expect: returned the wrong value
// ANCHOR: process_in_rounds
/// A round is over when the channel has room for CAPACITY items again.
pub async fn process_in_rounds(rounds: Vec<Vec<u32>>, consumers: usize) -> Vec<Duration> {
    let started = Instant::now();
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> =
        (0..consumers).map(|_| tokio::spawn(consume(Arc::clone(&receiver)))).collect();
    let mut joined = Vec::new();
    for round in rounds {
        for item in round {
            put(&sender, item).await.expect("the consumers are gone");
        }
        while sender.capacity() < CAPACITY {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        joined.push(started.elapsed());
    }
    drop(sender);
    for consumer in join_all(consumers).await {
        consumer.expect("a consumer panicked");
    }
    joined
}
// ANCHOR_END: process_in_rounds
