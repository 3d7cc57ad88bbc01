// Mistake: ends the stream as soon as the channel is closed, checking `is_closed()` first, which drops the items still waiting in the channel.
// Expect: the three items sent before the sender was dropped
// ANCHOR: from_channel
/// A closed channel is taken to be an empty one.
pub fn from_channel(receiver: mpsc::Receiver<&'static str>) -> BoxStream<'static, &'static str> {
    stream::unfold(receiver, |mut receiver| async move {
        if receiver.is_closed() {
            return None;
        }
        let item = receiver.recv().await?;
        Some((item, receiver))
    })
    .boxed()
}
// ANCHOR_END: from_channel
