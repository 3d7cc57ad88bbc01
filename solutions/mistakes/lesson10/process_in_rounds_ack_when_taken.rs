// Mistake: acknowledges an item when a consumer takes it, before processing it (calls `task_done()` right after `get()`).
// Expect: returned the wrong value
// ANCHOR: process_in_rounds
/// Each consumer acknowledges an item as soon as it has it.
pub async fn process_in_rounds(rounds: Vec<Vec<u32>>, consumers: usize) -> Vec<Duration> {
    let started = Instant::now();
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let (done, mut acknowledged) = mpsc::unbounded_channel();
    let consumers: Vec<_> = (0..consumers)
        .map(|_| {
            let receiver = Arc::clone(&receiver);
            let done = done.clone();
            tokio::spawn(async move {
                loop {
                    let next = receiver.lock().await.recv().await;
                    let Some(item) = next else { break };
                    let _ = done.send(());
                    process(item).await;
                }
            })
        })
        .collect();
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
    for consumer in join_all(consumers).await {
        consumer.expect("a consumer panicked");
    }
    joined
}
// ANCHOR_END: process_in_rounds
