// Mistake: pauses a unit after every message, the last one too (`for m in messages: send(m); await sleep(1)`), so the channel is closed a unit late: a reader that has read everything waits that unit for nothing, and the function returns late.
// Expect: differs from the reference solution
// ANCHOR: publish
/// Sends, then pauses a unit, for every message.
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
    for message in messages {
        let _ = sender.send(message);
        sleep(UNIT).await;
    }
    drop(sender);
    let heard = join_all(readers).await;
    heard.into_iter().map(|heard| heard.expect("a reader panicked")).collect()
}
// ANCHOR_END: publish
