// Mistake: waits for `stop` beside the producer (with `join!`) and sets a flag that the producer looks at only once a unit, when its put times out, so after the stop it goes on waiting in a put until its next look instead of stopping at once.
// Expect: differs from the reference solution in
// ANCHOR: run_until_stopped
/// A flag, looked at between tries to put.
pub async fn run_until_stopped(stop: impl Future<Output = ()>, consumers: usize) -> Shutdown {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> =
        (0..consumers).map(|_| tokio::spawn(consume(Arc::clone(&receiver)))).collect();
    let stopped = std::cell::Cell::new(false);
    let mut produced = Vec::new();
    let produce = async {
        for item in 1.. {
            loop {
                if stopped.get() {
                    return;
                }
                match tokio::time::timeout(PROCESS, put(&sender, item)).await {
                    Ok(sent) => break sent.expect("the consumers are gone"),
                    Err(_) => continue,
                }
            }
            produced.push(item);
        }
    };
    let watch = async {
        stop.await;
        stopped.set(true);
    };
    tokio::join!(produce, watch);
    drop(sender);
    let shares = join_all(consumers).await;
    let processed = shares.into_iter().flat_map(|share| share.expect("a consumer panicked"));
    Shutdown { produced, processed: processed.collect() }
}
// ANCHOR_END: run_until_stopped
