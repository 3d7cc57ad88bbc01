// Mistake: makes the channel with room for one item per consumer instead of CAPACITY, so with one consumer fewer items wait in the channel and with many more do.
// Expect: the items produced
// ANCHOR: run_until_stopped
/// A channel as big as the number of consumers.
pub async fn run_until_stopped(stop: impl Future<Output = ()>, consumers: usize) -> Shutdown {
    let (sender, receiver) = mpsc::channel(consumers);
    let receiver = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> =
        (0..consumers).map(|_| tokio::spawn(consume(Arc::clone(&receiver)))).collect();
    let mut produced = Vec::new();
    let produce = async {
        for item in 1.. {
            put(&sender, item).await.expect("the consumers are gone");
            produced.push(item);
        }
    };
    tokio::select! {
        () = stop => {}
        () = produce => {}
    }
    drop(sender);
    let shares = join_all(consumers).await;
    let processed = shares.into_iter().flat_map(|share| share.expect("a consumer panicked"));
    Shutdown { produced, processed: processed.collect() }
}
// ANCHOR_END: run_until_stopped
