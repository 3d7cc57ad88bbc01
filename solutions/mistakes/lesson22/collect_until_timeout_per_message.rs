// Mistake: wraps each `recv()` in `tokio::time::timeout(limit, ..)`, like `wait_for(queue.get(), limit)` in a loop, so the limit starts again with every message.
// Expect: returned at the deadline of 3.5 although a message came every unit
// ANCHOR: collect_until
/// Each message gets the limit to arrive in.
pub async fn collect_until(
    receiver: &mut mpsc::Receiver<&'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let mut collected = Vec::new();
    while let Ok(Some(message)) = tokio::time::timeout(limit, receiver.recv()).await {
        collected.push(message);
    }
    collected
}
// ANCHOR_END: collect_until
