// Mistake: counts an item as produced before its put has returned, so the item whose put was cancelled is reported as produced.
// Expect: the items produced: at 4.5
// ANCHOR: run_until_stopped
/// Notes each item before putting it.
pub async fn run_until_stopped(stop: impl Future<Output = ()>, consumers: usize) -> Shutdown {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> =
        (0..consumers).map(|_| tokio::spawn(consume(Arc::clone(&receiver)))).collect();
    let mut produced = Vec::new();
    let produce = async {
        for item in 1.. {
            produced.push(item);
            put(&sender, item).await.expect("the consumers are gone");
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
