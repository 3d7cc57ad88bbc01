// Mistake: polls the channel with `try_recv` every 10 ms instead of waiting in `recv`, like a loop of `get_nowait()` and `asyncio.sleep(0.01)`: each item comes out at the next poll, up to 10 ms after it arrived.
// Expect: differs from the reference solution in
// ANCHOR: from_channel
/// Looks into the channel every 10 ms.
pub fn from_channel(receiver: mpsc::Receiver<&'static str>) -> BoxStream<'static, &'static str> {
    stream::unfold(receiver, |mut receiver| async move {
        loop {
            match receiver.try_recv() {
                Ok(item) => return Some((item, receiver)),
                Err(mpsc::error::TryRecvError::Disconnected) => return None,
                Err(mpsc::error::TryRecvError::Empty) => {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
            }
        }
    })
    .boxed()
}
// ANCHOR_END: from_channel
