// Mistake: waits for the first message without a limit and starts the deadline only then, so the limit counts from the first message, not from the call.
// Expect: returned the wrong value
// ANCHOR: collect_until
/// The deadline starts with the first message.
pub async fn collect_until(
    receiver: &mut mpsc::Receiver<&'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let Some(first) = receiver.recv().await else { return Vec::new() };
    let mut collected = vec![first];
    let deadline = sleep(limit);
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            biased;
            message = receiver.recv() => match message {
                Some(message) => collected.push(message),
                None => return collected,
            },
            () = &mut deadline => return collected,
        }
    }
}
// ANCHOR_END: collect_until
