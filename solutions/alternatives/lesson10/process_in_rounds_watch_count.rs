// Alternative: keeps the number of unfinished items in a `watch` channel; a round is done when it is back to zero.
// ANCHOR: process_in_rounds
/// `unfinished` counts items put and not yet processed.
pub async fn process_in_rounds(rounds: Vec<Vec<u32>>, consumers: usize) -> Vec<Duration> {
    let started = Instant::now();
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let (unfinished, mut watching) = tokio::sync::watch::channel(0_usize);
    let unfinished = Arc::new(unfinished);
    let consumers: Vec<_> = (0..consumers)
        .map(|_| {
            let receiver = Arc::clone(&receiver);
            let unfinished = Arc::clone(&unfinished);
            tokio::spawn(async move {
                loop {
                    let next = receiver.lock().await.recv().await;
                    let Some(item) = next else { break };
                    process(item).await;
                    unfinished.send_modify(|count| *count -= 1);
                }
            })
        })
        .collect();
    let mut joined = Vec::new();
    for round in rounds {
        for item in round {
            unfinished.send_modify(|count| *count += 1);
            put(&sender, item).await.expect("the consumers are gone");
        }
        watching.wait_for(|count| *count == 0).await.expect("the counter is kept here");
        joined.push(started.elapsed());
    }
    drop(sender);
    for consumer in join_all(consumers).await {
        consumer.expect("a consumer panicked");
    }
    joined
}
// ANCHOR_END: process_in_rounds
