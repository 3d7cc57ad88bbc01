// Mistake: waits for each round by closing the channel and joining the consumers, then starts new consumers on a new channel for the next round.
// Expect: keep them alive between rounds
// ANCHOR: process_in_rounds
/// A channel and a set of consumers per round.
pub async fn process_in_rounds(rounds: Vec<Vec<u32>>, consumers: usize) -> Vec<Duration> {
    let started = Instant::now();
    let mut joined = Vec::new();
    for round in rounds {
        let (sender, receiver) = mpsc::channel(CAPACITY);
        let receiver = Arc::new(Mutex::new(receiver));
        let workers: Vec<_> =
            (0..consumers).map(|_| tokio::spawn(consume(Arc::clone(&receiver)))).collect();
        for item in round {
            put(&sender, item).await.expect("the consumers are gone");
        }
        drop(sender);
        for worker in join_all(workers).await {
            worker.expect("a consumer panicked");
        }
        joined.push(started.elapsed());
    }
    joined
}
// ANCHOR_END: process_in_rounds
