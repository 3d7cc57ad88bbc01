// Mistake: treats `recv()` like `queue.get()`, which waits forever, and unwraps it; but `recv()` gives `None` once every sender is gone, and the stream panics instead of ending.
// Expect: Panicked
// ANCHOR: from_channel
/// Every `recv` is taken to succeed.
pub fn from_channel(receiver: mpsc::Receiver<&'static str>) -> BoxStream<'static, &'static str> {
    stream::unfold(receiver, |mut receiver| async move {
        let item = receiver.recv().await.expect("a queue always has another item");
        Some((item, receiver))
    })
    .boxed()
}
// ANCHOR_END: from_channel
