// ANCHOR: timeout
pin_project! {
    /// The future [`timeout`] returns.
    pub struct Timeout<F> {
        #[pin]
        inner: F,
        #[pin]
        deadline: Sleep,
    }
}

/// The deadline is set now, at the call.
pub fn timeout<F: Future>(limit: Duration, future: F) -> Timeout<F> {
    Timeout { inner: future, deadline: sleep(limit) }
}

impl<F: Future> Future for Timeout<F> {
    type Output = Result<F::Output, Elapsed>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        // Both are polled in every call, the deadline first; the work's
        // answer still wins a tie, because it is looked at first.
        let elapsed = this.deadline.poll(cx).is_ready();
        match this.inner.poll(cx) {
            Poll::Ready(value) => Poll::Ready(Ok(value)),
            Poll::Pending if elapsed => Poll::Ready(Err(Elapsed)),
            Poll::Pending => Poll::Pending,
        }
    }
}
// ANCHOR_END: timeout
