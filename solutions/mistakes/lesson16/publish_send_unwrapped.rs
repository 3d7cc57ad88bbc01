// Mistake: sends each message with `send(message).expect(..)`, as if a send could only fail by a bug: with no reader at all there is nobody to send to, `send` returns an error, and the publisher panics.
// Expect: Panicked
// Expect: nobody to send to
// ANCHOR: publish
/// Every send must succeed.
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
        sender.send(message).expect("nobody to send to");
    }
    drop(sender);
    let heard = join_all(readers).await;
    heard.into_iter().map(|heard| heard.expect("a reader panicked")).collect()
}
// ANCHOR_END: publish
