// Mistake: receives until the channel is closed, collecting everything into a `Vec`, and only then streams it: no item comes out before the producer is done.
// Expect: each item with the second it arrived at
// ANCHOR: from_channel
/// Drains the channel, then hands the items out.
pub fn from_channel(
    mut receiver: mpsc::Receiver<&'static str>,
) -> BoxStream<'static, &'static str> {
    stream::once(async move {
        let mut items = Vec::new();
        while let Some(item) = receiver.recv().await {
            items.push(item);
        }
        stream::iter(items)
    })
    .flatten()
    .boxed()
}
// ANCHOR_END: from_channel
