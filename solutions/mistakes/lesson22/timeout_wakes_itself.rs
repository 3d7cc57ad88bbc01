// Mistake: compares the clock with the deadline and wakes its own task at once whenever it returns Pending, so the task is polled again and again while virtual time stands still.
// Expect: Busy:
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
        // Poll me again soon, to look at the clock.
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
// ANCHOR_END: timeout
