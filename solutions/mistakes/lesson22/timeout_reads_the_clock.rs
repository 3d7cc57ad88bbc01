// Mistake: compares the clock with the deadline instead of polling a Sleep, so nothing wakes the task at the deadline.
// Expect: to return after 3.00s, but it returned after 600.00s
// ANCHOR: timeout
pin_project! {
    /// The future [`timeout`] returns.
    pub struct Timeout<F> {
        #[pin]
        inner: F,
        deadline: tokio::time::Instant,
    }
}

/// The deadline, as an instant.
pub fn timeout<F: Future>(limit: Duration, future: F) -> Timeout<F> {
    Timeout { inner: future, deadline: tokio::time::Instant::now() + limit }
}

impl<F: Future> Future for Timeout<F> {
    type Output = Result<F::Output, Elapsed>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if let Poll::Ready(value) = this.inner.poll(cx) {
            return Poll::Ready(Ok(value));
        }
        if tokio::time::Instant::now() >= *this.deadline {
            return Poll::Ready(Err(Elapsed));
        }
        Poll::Pending
    }
}
// ANCHOR_END: timeout
