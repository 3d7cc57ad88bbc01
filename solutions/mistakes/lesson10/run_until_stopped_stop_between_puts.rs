// Mistake: checks for the stop signal only between puts, so a put already waiting for room finishes first and one item too many is produced.
// Expect: the items produced: at 4.5
// ANCHOR: run_until_stopped
/// Looks at `stop` before each put, never during one.
pub async fn run_until_stopped(stop: impl Future<Output = ()>, consumers: usize) -> Shutdown {
    use futures::FutureExt;
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> =
        (0..consumers).map(|_| tokio::spawn(consume(Arc::clone(&receiver)))).collect();
    let mut produced = Vec::new();
    let mut stop = std::pin::pin!(stop.fuse());
    for item in 1.. {
        if (&mut stop).now_or_never().is_some() {
            break;
        }
        put(&sender, item).await.expect("the consumers are gone");
        produced.push(item);
    }
    drop(sender);
    let shares = join_all(consumers).await;
    let processed = shares.into_iter().flat_map(|share| share.expect("a consumer panicked"));
    Shutdown { produced, processed: processed.collect() }
}
// ANCHOR_END: run_until_stopped
