// Mistake: makes the Sleep at the first poll, so the limit counts from the first poll, not from the call.
// Expect: the work started at 2 and needs until 4
// ANCHOR: timeout
pin_project! {
    /// The future [`timeout`] returns.
    pub struct Timeout<F> {
        #[pin]
        inner: F,
        limit: Duration,
        deadline: Option<Pin<Box<Sleep>>>,
    }
}

/// Nothing is started until the first poll.
pub fn timeout<F: Future>(limit: Duration, future: F) -> Timeout<F> {
    Timeout { inner: future, limit, deadline: None }
}

impl<F: Future> Future for Timeout<F> {
    type Output = Result<F::Output, Elapsed>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if let Poll::Ready(value) = this.inner.poll(cx) {
            return Poll::Ready(Ok(value));
        }
        let limit = *this.limit;
        let deadline = this.deadline.get_or_insert_with(|| Box::pin(sleep(limit)));
        deadline.as_mut().poll(cx).map(|()| Err(Elapsed))
    }
}
// ANCHOR_END: timeout
