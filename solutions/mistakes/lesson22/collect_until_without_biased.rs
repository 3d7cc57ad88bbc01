// Mistake: leaves out `biased;`, so when a message is waiting at the deadline `select!` picks a branch at random and sometimes stops without it.
// Expect: how many of the 24 waiting messages it took
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
            message = receiver.recv() => match message {
                Some(message) => collected.push(message),
                None => return collected,
            },
            () = &mut deadline => return collected,
        }
    }
}
// ANCHOR_END: collect_until
