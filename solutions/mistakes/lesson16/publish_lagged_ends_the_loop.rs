// Mistake: reads with `while let Ok(message) = receiver.recv().await`, so the first `Lagged` ends the reader as if the channel were closed.
// Expect: returned the wrong value
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
                while let Ok(message) = receiver.recv().await {
                    read(reader, message, pace).await;
                    heard.read.push(message);
                }
                heard
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
