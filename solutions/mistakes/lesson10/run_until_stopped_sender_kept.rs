// Mistake: never drops the sender after the stop, so the channel stays open and the consumers wait for ever.
// Expect: Hung:
// ANCHOR: run_until_stopped
/// The sender lives until the end of the function.
pub async fn run_until_stopped(stop: impl Future<Output = ()>, consumers: usize) -> Shutdown {
    let (sender, receiver) = mpsc::channel(CAPACITY);
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
    let shares = join_all(consumers).await;
    let processed = shares.into_iter().flat_map(|share| share.expect("a consumer panicked"));
    Shutdown { produced, processed: processed.collect() }
}
// ANCHOR_END: run_until_stopped
