// ANCHOR: collect_until
/// A new `sleep_until` each turn, but always to the same instant: the
/// deadline does not move, only the timer is made again.
pub async fn collect_until(
    receiver: &mut mpsc::Receiver<&'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let deadline = tokio::time::Instant::now() + limit;
    let mut collected = Vec::new();
    loop {
        tokio::select! {
            biased;
            message = receiver.recv() => match message {
                Some(message) => collected.push(message),
                None => return collected,
            },
            () = tokio::time::sleep_until(deadline) => return collected,
        }
    }
}
// ANCHOR_END: collect_until
