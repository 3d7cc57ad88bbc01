// Mistake: takes an empty string for the end marker, as `None` was in the asyncio queue: an empty item ends the stream, and the items after it are lost.
// Expect: differs from the reference solution in what it returned
// ANCHOR: from_channel
/// Ends at the channel's end, or at an empty item.
pub fn from_channel(receiver: mpsc::Receiver<&'static str>) -> BoxStream<'static, &'static str> {
    stream::unfold(receiver, |mut receiver| async move {
        let item = receiver.recv().await?;
        if item.is_empty() {
            return None;
        }
        Some((item, receiver))
    })
    .boxed()
}
// ANCHOR_END: from_channel
