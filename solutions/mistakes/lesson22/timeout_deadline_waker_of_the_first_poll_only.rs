// Mistake: polls its `Sleep` only on the first poll and afterwards reads `is_elapsed()`: the timer keeps the waker of that first poll, so a `Timeout` polled later by another waker is woken late or never.
// Expect: to return after 3.00s, but it returned after 600.00s
// ANCHOR: timeout
pin_project! {
    /// The future [`timeout`] returns.
    pub struct Timeout<F> {
        #[pin]
        inner: F,
        #[pin]
        deadline: Sleep,
        armed: bool,
    }
}

/// `future`, with a time limit: `Ok(value)` if `future` is ready within
/// `limit`, `Err(Elapsed)` once `limit` has passed without it.
pub fn timeout<F: Future>(limit: Duration, future: F) -> Timeout<F> {
    Timeout { inner: future, deadline: tokio::time::sleep(limit), armed: false }
}

impl<F: Future> Future for Timeout<F> {
    type Output = Result<F::Output, Elapsed>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if let Poll::Ready(value) = this.inner.poll(cx) {
            return Poll::Ready(Ok(value));
        }
        if !*this.armed {
            // Polling the Sleep registers it with the runtime's timer: once is enough.
            *this.armed = true;
            return this.deadline.poll(cx).map(|()| Err(Elapsed));
        }
        if this.deadline.is_elapsed() { Poll::Ready(Err(Elapsed)) } else { Poll::Pending }
    }
}
// ANCHOR_END: timeout
