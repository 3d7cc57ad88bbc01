// Mistake: reads the whole inner stream before it hands out the first item, like collecting a list and slicing it with [::2].
// Expect: each item with when it came
// ANCHOR: every_other
pin_project! {
    /// The stream [`every_other`] returns.
    pub struct EveryOther<S: Stream> {
        #[pin]
        inner: S,
        read: Vec<S::Item>,
        ended: bool,
    }
}

/// Nothing read yet.
pub fn every_other<S: Stream>(stream: S) -> EveryOther<S> {
    EveryOther { inner: stream, read: Vec::new(), ended: false }
}

impl<S: Stream> Stream for EveryOther<S> {
    type Item = S::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        let mut this = self.project();
        while !*this.ended {
            match this.inner.as_mut().poll_next(cx) {
                Poll::Ready(Some(item)) => this.read.push(item),
                Poll::Ready(None) => {
                    *this.ended = true;
                    // Every other one, the first kept; handed out from the back.
                    let kept = std::mem::take(this.read).into_iter().step_by(2);
                    *this.read = kept.rev().collect();
                }
                Poll::Pending => return Poll::Pending,
            }
        }
        Poll::Ready(this.read.pop())
    }
}
// ANCHOR_END: every_other
