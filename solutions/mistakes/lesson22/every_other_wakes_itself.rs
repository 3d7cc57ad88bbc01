// Mistake: wakes its own task whenever the inner stream is not ready, to be polled again "soon", so the task spins while virtual time stands still.
// Expect: Busy:
// ANCHOR: every_other
pin_project! {
    /// The stream [`every_other`] returns.
    pub struct EveryOther<S> {
        #[pin]
        inner: S,
        keep_next: bool,
        ended: bool,
    }
}

/// Keeps first.
pub fn every_other<S: Stream>(stream: S) -> EveryOther<S> {
    EveryOther { inner: stream, keep_next: true, ended: false }
}

impl<S: Stream> Stream for EveryOther<S> {
    type Item = S::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        let this = self.project();
        if *this.ended {
            return Poll::Ready(None);
        }
        match this.inner.poll_next(cx) {
            Poll::Ready(Some(item)) => {
                let keep = *this.keep_next;
                *this.keep_next = !keep;
                if keep {
                    return Poll::Ready(Some(item));
                }
            }
            Poll::Ready(None) => {
                *this.ended = true;
                return Poll::Ready(None);
            }
            Poll::Pending => {}
        }
        // Not ready yet, or an item skipped: try again soon.
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
// ANCHOR_END: every_other
