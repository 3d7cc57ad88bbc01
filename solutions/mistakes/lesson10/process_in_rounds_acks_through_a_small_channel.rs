// Mistake: sends the acknowledgements through a bounded channel with room for one and reads them only once the round is put, so the consumers wait to acknowledge while the function waits for room to put: each waits for the other.
// Expect: Hung:
// ANCHOR: process_in_rounds
/// A channel of one for the acknowledgements.
pub async fn process_in_rounds(rounds: Vec<Vec<u32>>, consumers: usize) -> Vec<Duration> {
    let started = Instant::now();
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let (done, mut acknowledged) = mpsc::channel(1);
    let consumers: Vec<_> = (0..consumers)
        .map(|_| {
            let receiver = Arc::clone(&receiver);
            let done = done.clone();
            tokio::spawn(async move {
                loop {
                    let next = receiver.lock().await.recv().await;
                    let Some(item) = next else { break };
                    process(item).await;
                    let _ = done.send(()).await;
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
