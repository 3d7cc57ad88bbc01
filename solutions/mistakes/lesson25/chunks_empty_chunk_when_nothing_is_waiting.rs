// Mistake: with nothing queued, `poll_next` returns an empty chunk instead of waiting (`get_nowait` until QueueEmpty, and yield what there is)
// Expect: the three items sent at 2
// ANCHOR: chunks
/// The stream [`chunks`] returns.
pub struct Chunks<T> {
    receiver: Receiver<T>,
    size: usize,
}

impl<T> Stream for Chunks<T> {
    type Item = Vec<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Vec<T>>> {
        let this = &mut *self;
        let mut chunk = Vec::new();
        while chunk.len() < this.size {
            match this.receiver.poll_recv(cx) {
                Poll::Ready(Some(item)) => chunk.push(item),
                // Closed and empty: what we have is the last chunk.
                Poll::Ready(None) if chunk.is_empty() => return Poll::Ready(None),
                Poll::Ready(None) => break,
                // Nothing more now: a chunk never waits once it has an
                // item. The waker kept by `poll_recv` is harmless then: at
                // worst the task is polled once for nothing.
                Poll::Pending => break,
            }
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
/// Like the channel's futures, it keeps the waker only through
/// `poll_recv`, and never wakes itself.
pub fn chunks<T>(receiver: Receiver<T>, size: usize) -> Chunks<T> {
    assert!(size > 0, "a chunk holds at least one item");
    Chunks { receiver, size }
}
// ANCHOR_END: chunks
