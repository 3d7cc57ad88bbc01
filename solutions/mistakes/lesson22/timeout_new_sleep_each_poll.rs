// Mistake: makes a new Sleep of the whole limit in every poll, so each wake of the inner future moves the deadline, and the dropped Sleep never wakes anybody.
// Expect: six steps of 1 unit, a limit of 3.5
// ANCHOR: timeout
pin_project! {
    /// The future [`timeout`] returns.
    pub struct Timeout<F> {
        #[pin]
        inner: F,
        limit: Duration,
    }
}

/// Keeps the limit for `poll`.
pub fn timeout<F: Future>(limit: Duration, future: F) -> Timeout<F> {
    Timeout { inner: future, limit }
}

impl<F: Future> Future for Timeout<F> {
    type Output = Result<F::Output, Elapsed>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if let Poll::Ready(value) = this.inner.poll(cx) {
            return Poll::Ready(Ok(value));
        }
        let mut deadline = Box::pin(sleep(*this.limit));
        deadline.as_mut().poll(cx).map(|()| Err(Elapsed))
    }
}
// ANCHOR_END: timeout
