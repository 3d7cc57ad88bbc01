// Alternative: `stream::poll_fn` over `Receiver::poll_recv`, which is the stream the receiver already is, one poll at a time.
// ANCHOR: from_channel
/// Each poll of the stream is a poll of the receiver.
pub fn from_channel(
    mut receiver: mpsc::Receiver<&'static str>,
) -> BoxStream<'static, &'static str> {
    stream::poll_fn(move |context| receiver.poll_recv(context)).boxed()
}
// ANCHOR_END: from_channel
