// Alternative: a plain loop that races each put against the pinned `stop` future with `select!`, instead of one `select!` around the whole producing loop.
// ANCHOR: run_until_stopped
/// Each put is raced against the stop; the stop wins even mid-put.
pub async fn run_until_stopped(stop: impl Future<Output = ()>, consumers: usize) -> Shutdown {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> =
        (0..consumers).map(|_| tokio::spawn(consume(Arc::clone(&receiver)))).collect();
    let mut stop = std::pin::pin!(stop);
    let mut produced = Vec::new();
    for item in 1.. {
        tokio::select! {
            () = &mut stop => break,
            sent = put(&sender, item) => {
                sent.expect("the consumers are gone");
                produced.push(item);
            }
        }
    }
    drop(sender);
    let mut processed = Vec::new();
    for share in join_all(consumers).await {
        processed.extend(share.expect("a consumer panicked"));
    }
    Shutdown { produced, processed }
}
// ANCHOR_END: run_until_stopped
