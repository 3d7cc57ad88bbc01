// Mistake: keeps the flag in a local of poll_next, which starts afresh in every call, so every item is handed out.
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

/// Keeps first.
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
        let mut keep = *this.keep_next;
        loop {
            match this.inner.as_mut().poll_next(cx) {
                Poll::Ready(Some(item)) => {
                    if keep {
                        return Poll::Ready(Some(item));
                    }
                    keep = !keep;
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
