// Mistake: returns Pending when the inner future is ready before the deadline and only answers once the deadline has come, like waiting for both.
// Expect: to return after 2.00s, but it returned after 3.00s
// ANCHOR: timeout
pin_project! {
    /// The future [`timeout`] returns.
    pub struct Timeout<F: Future> {
        #[pin]
        inner: F,
        #[pin]
        deadline: Sleep,
        value: Option<F::Output>,
    }
}

/// The deadline is set now.
pub fn timeout<F: Future>(limit: Duration, future: F) -> Timeout<F> {
    Timeout { inner: future, deadline: sleep(limit), value: None }
}

impl<F: Future> Future for Timeout<F> {
    type Output = Result<F::Output, Elapsed>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if this.value.is_none() {
            if let Poll::Ready(value) = this.inner.poll(cx) {
                *this.value = Some(value);
            }
        }
        if this.deadline.poll(cx).is_pending() {
            return Poll::Pending;
        }
        Poll::Ready(this.value.take().ok_or(Elapsed))
    }
}
// ANCHOR_END: timeout
