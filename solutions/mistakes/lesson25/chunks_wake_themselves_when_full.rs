// Mistake: a full chunk wakes its own waker before it is returned, "so that the consumer comes back for the rest": a poll for nothing
// Expect: a stream that returns Ready wakes no one
// ANCHOR: chunks
/// The stream [`chunks`] returns.
pub struct Chunks<T> {
    receiver: Receiver<T>,
    size: usize,
}

impl<T> Stream for Chunks<T> {
    type Item = Vec<T>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Vec<T>>> {
        let this = self.get_mut();
        let mut chunk = Vec::new();
        while chunk.len() < this.size {
            match this.receiver.poll_recv(cx) {
                Poll::Ready(Some(item)) => chunk.push(item),
                Poll::Ready(None) | Poll::Pending if !chunk.is_empty() => break,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
        if chunk.len() == this.size {
            // Full: more may be waiting, so ask to be polled again for them.
            cx.waker().wake_by_ref();
        }
        Poll::Ready(Some(chunk))
    }
}

/// Turn `receiver` into a stream of chunks: each chunk holds the items
/// waiting in the channel when it is taken, oldest first, at most `size`
/// of them. Write `poll_next` of [`Chunks`] with your
/// [`Receiver::poll_recv`].
///
/// asyncio: an async iterator whose `__anext__` awaits one `get()`, then
/// takes what `get_nowait()` still gives, up to `size`. futures:
/// `StreamExt::ready_chunks(size)` over a receiver stream.
///
/// Expect: `size` 0 panics. A chunk is never empty: on an empty channel
/// the stream waits for the first item, then returns at once with what is
/// queued (it never waits for more). The stream ends (`None`) when the
/// channel is closed and empty; items queued before the close come first.
pub fn chunks<T>(receiver: Receiver<T>, size: usize) -> Chunks<T> {
    assert!(size > 0, "a chunk holds at least one item");
    Chunks { receiver, size }
}
// ANCHOR_END: chunks
