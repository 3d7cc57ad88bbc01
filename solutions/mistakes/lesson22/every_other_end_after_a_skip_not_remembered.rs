// Mistake: passes the poll after a skipped item straight through without noting the end, so an even number of items ends with the inner stream polled again after its `None`.
// Expect: must not be polled after it returned
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

/// Every other item of `stream`: the first, the third, the fifth, ...
pub fn every_other<S: Stream>(stream: S) -> EveryOther<S> {
    EveryOther { inner: stream, keep_next: true, ended: false }
}

impl<S: Stream> Stream for EveryOther<S> {
    type Item = S::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        let mut this = self.project();
        if *this.ended {
            return Poll::Ready(None);
        }
        match this.inner.as_mut().poll_next(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(None) => {
                *this.ended = true;
                Poll::Ready(None)
            }
            Poll::Ready(Some(item)) if *this.keep_next => {
                *this.keep_next = false;
                Poll::Ready(Some(item))
            }
            Poll::Ready(Some(_skipped)) => {
                // Poll again at once, so that the inner stream holds the waker.
                match this.inner.as_mut().poll_next(cx) {
                    // The next one is kept; the one after it is skipped again.
                    Poll::Ready(Some(item)) => Poll::Ready(Some(item)),
                    other => {
                        *this.keep_next = true;
                        other
                    }
                }
            }
        }
    }
}
// ANCHOR_END: every_other
