// Mistake: a chunk is returned only when it holds `size` items (or at the close): the items taken so far wait in a buffer for more, as a batch of fixed size would
// Expect: was never woken
// ANCHOR: chunks
/// The stream [`chunks`] returns.
pub struct Chunks<T> {
    receiver: Receiver<T>,
    size: usize,
    buffer: Vec<T>,
}

impl<T> Unpin for Chunks<T> {}

impl<T> Stream for Chunks<T> {
    type Item = Vec<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Vec<T>>> {
        let this = &mut *self;
        while this.buffer.len() < this.size {
            match this.receiver.poll_recv(cx) {
                Poll::Ready(Some(item)) => this.buffer.push(item),
                Poll::Ready(None) if this.buffer.is_empty() => return Poll::Ready(None),
                Poll::Ready(None) => break,
                Poll::Pending => return Poll::Pending,
            }
        }
        Poll::Ready(Some(std::mem::take(&mut this.buffer)))
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
    Chunks { receiver, size, buffer: Vec::new() }
}
// ANCHOR_END: chunks
