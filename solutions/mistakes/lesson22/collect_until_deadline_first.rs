// Mistake: puts the deadline first in a biased `select!`, so a message already in the channel at the deadline is left there.
// Expect: how many of the 24 waiting messages it took
// ANCHOR: collect_until
/// One pinned deadline, checked first in every turn.
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
            () = &mut deadline => return collected,
            message = receiver.recv() => match message {
                Some(message) => collected.push(message),
                None => return collected,
            },
        }
    }
}
// ANCHOR_END: collect_until
