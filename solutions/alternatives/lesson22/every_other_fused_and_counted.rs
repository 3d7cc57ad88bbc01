// ANCHOR: every_other
pin_project! {
    /// The stream [`every_other`] returns. `Fuse` answers `None` after the
    /// end without polling the stream inside it.
    pub struct EveryOther<S> {
        #[pin]
        inner: futures::stream::Fuse<S>,
        seen: usize,
    }
}

/// Counts the items seen; the even-numbered ones (from 0) are kept.
pub fn every_other<S: Stream>(stream: S) -> EveryOther<S> {
    EveryOther { inner: futures::StreamExt::fuse(stream), seen: 0 }
}

impl<S: Stream> Stream for EveryOther<S> {
    type Item = S::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        let mut this = self.project();
        while let Some(item) = futures::ready!(this.inner.as_mut().poll_next(cx)) {
            *this.seen += 1;
            if *this.seen % 2 == 1 {
                return Poll::Ready(Some(item));
            }
        }
        Poll::Ready(None)
    }
}
// ANCHOR_END: every_other
