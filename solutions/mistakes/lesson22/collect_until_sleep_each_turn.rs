// Mistake: writes `sleep(limit)` inside the `select!`, a new deadline each turn, so messages that keep coming push it back.
// Expect: returned at the deadline of 3.5 although a message came every unit
// ANCHOR: collect_until
/// Waits for a message or the limit, whichever comes first.
pub async fn collect_until(
    receiver: &mut mpsc::Receiver<&'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let mut collected = Vec::new();
    loop {
        tokio::select! {
            biased;
            message = receiver.recv() => match message {
                Some(message) => collected.push(message),
                None => return collected,
            },
            () = sleep(limit) => return collected,
        }
    }
}
// ANCHOR_END: collect_until
