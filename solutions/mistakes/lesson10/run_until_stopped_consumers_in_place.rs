// Mistake: runs the consumers beside the producer in this task with `join!` instead of spawning them as tasks.
// Expect: consumer tasks
// ANCHOR: run_until_stopped
/// Producer and consumers are futures joined here.
pub async fn run_until_stopped(stop: impl Future<Output = ()>, consumers: usize) -> Shutdown {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consuming = join_all((0..consumers).map(|_| consume(Arc::clone(&receiver))));
    let produce = async move {
        let mut produced = Vec::new();
        let producing = async {
            for item in 1.. {
                put(&sender, item).await.expect("the consumers are gone");
                produced.push(item);
            }
        };
        tokio::select! {
            () = stop => {}
            () = producing => {}
        }
        // `sender` is dropped here: the channel closes.
        produced
    };
    let (produced, shares) = tokio::join!(produce, consuming);
    Shutdown { produced, processed: shares.into_iter().flatten().collect() }
}
// ANCHOR_END: run_until_stopped
