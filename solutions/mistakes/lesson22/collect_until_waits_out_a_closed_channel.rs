// Mistake: matches `Some(message) = receiver.recv()` in the `select!`, which disables that branch when the channel closes, so it waits for the deadline instead of returning.
// Expect: returned at 3 when the channel closed
// ANCHOR: collect_until
/// One pinned deadline for the whole loop.
pub async fn collect_until(
    receiver: &mut mpsc::Receiver<&'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let deadline = sleep(limit);
    tokio::pin!(deadline);
    let mut collected = Vec::new();
    loop {
        tokio::select! {
            biased;
            Some(message) = receiver.recv() => collected.push(message),
            () = &mut deadline => return collected,
        }
    }
}
// ANCHOR_END: collect_until
