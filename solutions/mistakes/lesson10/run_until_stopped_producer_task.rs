// Mistake: runs the producer in a spawned task and aborts it at the stop, instead of producing in this function.
// Expect: itself, awaited in place
// ANCHOR: run_until_stopped
/// The producer is a task; the stop aborts it.
pub async fn run_until_stopped(stop: impl Future<Output = ()>, consumers: usize) -> Shutdown {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> =
        (0..consumers).map(|_| tokio::spawn(consume(Arc::clone(&receiver)))).collect();
    let produced = Arc::new(std::sync::Mutex::new(Vec::new()));
    let noted = Arc::clone(&produced);
    let producer = tokio::spawn(async move {
        for item in 1.. {
            put(&sender, item).await.expect("the consumers are gone");
            noted.lock().unwrap().push(item);
        }
    });
    stop.await;
    producer.abort();
    let _ = producer.await;
    let shares = join_all(consumers).await;
    let processed = shares.into_iter().flat_map(|share| share.expect("a consumer panicked"));
    let produced = produced.lock().unwrap().clone();
    Shutdown { produced, processed: processed.collect() }
}
// ANCHOR_END: run_until_stopped
