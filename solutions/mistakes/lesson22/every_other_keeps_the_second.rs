// Mistake: starts by skipping, so it hands out the second, fourth, ... item instead of the first, third, ...
// Expect: each item with when it came
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

/// Skips first.
pub fn every_other<S: Stream>(stream: S) -> EveryOther<S> {
    EveryOther { inner: stream, keep_next: false, ended: false }
}

impl<S: Stream> Stream for EveryOther<S> {
    type Item = S::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        let mut this = self.project();
        if *this.ended {
            return Poll::Ready(None);
        }
        loop {
            match this.inner.as_mut().poll_next(cx) {
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
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}
// ANCHOR_END: every_other
