// Mistake: closes the channel after the last round but returns without waiting for the consumers to end.
// Expect: Leak:
// ANCHOR: process_in_rounds
/// The consumers' handles are dropped at the end.
pub async fn process_in_rounds(rounds: Vec<Vec<u32>>, consumers: usize) -> Vec<Duration> {
    let started = Instant::now();
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let (done, mut acknowledged) = mpsc::unbounded_channel();
    for _ in 0..consumers {
        let receiver = Arc::clone(&receiver);
        let done = done.clone();
        tokio::spawn(async move {
            loop {
                let next = receiver.lock().await.recv().await;
                let Some(item) = next else { break };
                process(item).await;
                let _ = done.send(());
            }
        });
    }
    let mut joined = Vec::new();
    for round in rounds {
        let items = round.len();
        for item in round {
            put(&sender, item).await.expect("the consumers are gone");
        }
        for _ in 0..items {
            acknowledged.recv().await.expect("the consumers are gone");
        }
        joined.push(started.elapsed());
    }
    drop(sender);
    joined
}
// ANCHOR_END: process_in_rounds
