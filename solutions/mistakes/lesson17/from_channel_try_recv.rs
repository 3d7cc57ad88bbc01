// Mistake: uses `try_recv`, which does not wait: the stream ends the first time the channel happens to be empty, like `queue.get_nowait()` stopping at `QueueEmpty`.
// Expect: each item with the second it arrived at
// ANCHOR: from_channel
/// Whatever is in the channel right now.
pub fn from_channel(receiver: mpsc::Receiver<&'static str>) -> BoxStream<'static, &'static str> {
    stream::unfold(receiver, |mut receiver| async move {
        let item = receiver.try_recv().ok()?;
        Some((item, receiver))
    })
    .boxed()
}
// ANCHOR_END: from_channel
