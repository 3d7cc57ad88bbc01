// Mistake: cancels the consumers as soon as the stop comes, as asyncio code cancels its workers, so the items still in the channel are never processed.
// Expect: every item produced must be processed
// ANCHOR: run_until_stopped
/// The consumers are aborted at the stop, then awaited.
pub async fn run_until_stopped(stop: impl Future<Output = ()>, consumers: usize) -> Shutdown {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> = (0..consumers)
        .map(|_| {
            let receiver = Arc::clone(&receiver);
            let processed = Arc::new(std::sync::Mutex::new(Vec::new()));
            let share = Arc::clone(&processed);
            let task = tokio::spawn(async move {
                loop {
                    let next = receiver.lock().await.recv().await;
                    let Some(item) = next else { break };
                    process(item).await;
                    share.lock().unwrap().push(item);
                }
            });
            (task, processed)
        })
        .collect();
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
    let mut processed = Vec::new();
    for (task, share) in consumers {
        task.abort();
        let _ = task.await;
        processed.extend(share.lock().unwrap().iter().copied());
    }
    Shutdown { produced, processed }
}
// ANCHOR_END: run_until_stopped
