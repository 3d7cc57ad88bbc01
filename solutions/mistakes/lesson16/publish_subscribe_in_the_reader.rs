// Mistake: each reader subscribes inside its own task, which first runs after the first message is sent: a receiver gets only what is sent after it subscribed.
// Expect: returned the wrong value
// ANCHOR: publish
/// The readers subscribe once they run.
pub async fn publish(messages: Vec<u32>, paces: Vec<Duration>) -> Vec<Heard> {
    let (sender, _) = broadcast::channel::<u32>(CAPACITY);
    let readers: Vec<_> = (1..)
        .zip(paces)
        .map(|(reader, pace)| {
            let sender = sender.clone();
            tokio::spawn(async move {
                let mut receiver = sender.subscribe();
                drop(sender);
                let mut heard = Heard::default();
                loop {
                    match receiver.recv().await {
                        Ok(message) => {
                            read(reader, message, pace).await;
                            heard.read.push(message);
                        }
                        Err(broadcast::error::RecvError::Lagged(missed)) => heard.missed += missed,
                        Err(broadcast::error::RecvError::Closed) => break heard,
                    }
                }
            })
        })
        .collect();
    for (index, message) in messages.into_iter().enumerate() {
        if index > 0 {
            sleep(UNIT).await;
        }
        let _ = sender.send(message);
    }
    drop(sender);
    let heard = join_all(readers).await;
    heard.into_iter().map(|heard| heard.expect("a reader panicked")).collect()
}
// ANCHOR_END: publish
