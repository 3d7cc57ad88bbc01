// Mistake: takes items with `try_recv` and, when the channel is empty, sleeps one unit before looking again (Python's `get_nowait` and `sleep`), so an item that arrives between two looks waits, and the consumer returns up to a unit after the channel closes.
// Expect: differs from the reference solution in
// ANCHOR: consume
/// A look at the channel every unit while it is empty.
pub async fn consume(receiver: SharedReceiver) -> Vec<u32> {
    use tokio::sync::mpsc::error::TryRecvError;

    let mut processed = Vec::new();
    loop {
        let next = receiver.lock().await.try_recv();
        match next {
            Ok(item) => processed.push(process(item).await),
            Err(TryRecvError::Empty) => tokio::time::sleep(PROCESS).await,
            Err(TryRecvError::Disconnected) => break,
        }
    }
    processed
}
// ANCHOR_END: consume
