// Mistake: polls the deadline before the inner future, so a future ready at the very instant of the deadline counts as late.
// Expect: how many of the 24 ties were in time
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

/// The deadline is set now.
pub fn timeout<F: Future>(limit: Duration, future: F) -> Timeout<F> {
    Timeout { inner: future, deadline: sleep(limit) }
}

impl<F: Future> Future for Timeout<F> {
    type Output = Result<F::Output, Elapsed>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if this.deadline.poll(cx).is_ready() {
            return Poll::Ready(Err(Elapsed));
        }
        this.inner.poll(cx).map(Ok)
    }
}
// ANCHOR_END: timeout
