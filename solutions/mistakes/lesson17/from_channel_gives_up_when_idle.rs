// Mistake: gives up on the channel after 3 units without an item, so that the stream can never hang: a producer that pauses longer is cut off while it is still there.
// Expect: differs from the reference solution in what it returned
// ANCHOR: from_channel
/// Each item must come within 3 units of the last.
pub fn from_channel(receiver: mpsc::Receiver<&'static str>) -> BoxStream<'static, &'static str> {
    stream::unfold(receiver, |mut receiver| async move {
        let item = tokio::time::timeout(Duration::from_secs(3), receiver.recv()).await.ok()??;
        Some((item, receiver))
    })
    .boxed()
}
// ANCHOR_END: from_channel
