// Mistake: closes the receiver at the deadline and drains it, so the messages sent after the deadline do not stay in the channel.
// Expect: what it left in the channel
// ANCHOR: collect_until
/// The messages that arrive on `receiver` within `limit` of the call, in
/// order.
pub async fn collect_until(
    receiver: &mut mpsc::Receiver<&'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let deadline = tokio::time::sleep(limit);
    tokio::pin!(deadline);
    let mut got = Vec::new();
    loop {
        tokio::select! {
            biased;
            message = receiver.recv() => match message {
                Some(message) => got.push(message),
                None => return got,
            },
            () = &mut deadline => {
                // Time is up: shut the channel and take what is already in it.
                receiver.close();
                while let Ok(message) = receiver.try_recv() {
                    got.push(message);
                }
                return got;
            }
        }
    }
}
// ANCHOR_END: collect_until
