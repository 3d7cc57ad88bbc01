// Mistake: unwraps what `recv` gives until it is `Closed`, so a reader that falls behind panics on `Lagged`.
// Expect: panicked
// ANCHOR: publish
/// A variant of the reader loop.
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
                        Err(broadcast::error::RecvError::Closed) => break heard,
                        other => {
                            let message = other.expect("a message");
                            read(reader, message, pace).await;
                            heard.read.push(message);
                        }
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
