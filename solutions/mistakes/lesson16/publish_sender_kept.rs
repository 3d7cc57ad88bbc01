// Mistake: never drops the sender before waiting for the readers (Python's subscribers would be cancelled instead), so they wait for a next message for ever.
// Expect: Hung:
// ANCHOR: publish
/// The sender lives until the end of the function.
pub async fn publish(messages: Vec<u32>, paces: Vec<Duration>) -> Vec<Heard> {
    let (sender, _) = broadcast::channel(CAPACITY);
    let readers: Vec<_> = (1..)
        .zip(paces)
        .map(|(reader, pace)| {
            let mut receiver = sender.subscribe();
            tokio::spawn(async move {
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
    let heard = join_all(readers).await;
    heard.into_iter().map(|heard| heard.expect("a reader panicked")).collect()
}
// ANCHOR_END: publish
