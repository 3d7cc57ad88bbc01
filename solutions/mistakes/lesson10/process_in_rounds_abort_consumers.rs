// Mistake: cancels the consumers after the last round, as asyncio code cancels its workers after `queue.join()`, and returns without awaiting them.
// Expect: Leak:
// ANCHOR: process_in_rounds
/// The consumers are aborted, not joined.
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
                    process(item).await;
                    let _ = done.send(());
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
    for consumer in consumers {
        consumer.abort();
    }
    drop(sender);
    joined
}
// ANCHOR_END: process_in_rounds
