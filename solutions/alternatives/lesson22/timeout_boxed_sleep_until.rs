// ANCHOR: timeout
pin_project! {
    /// The future [`timeout`] returns. The `Sleep` is boxed, so that field
    /// is `Unpin` and needs no `#[pin]`; only the inner future is projected.
    pub struct Timeout<F> {
        #[pin]
        inner: F,
        deadline: Pin<Box<Sleep>>,
    }
}

/// The deadline as an instant, fixed at the call.
pub fn timeout<F: Future>(limit: Duration, future: F) -> Timeout<F> {
    let at = tokio::time::Instant::now() + limit;
    Timeout { inner: future, deadline: Box::pin(tokio::time::sleep_until(at)) }
}

impl<F: Future> Future for Timeout<F> {
    type Output = Result<F::Output, Elapsed>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        match this.inner.poll(cx) {
            Poll::Ready(value) => Poll::Ready(Ok(value)),
            Poll::Pending => match this.deadline.as_mut().poll(cx) {
                Poll::Ready(()) => Poll::Ready(Err(Elapsed)),
                Poll::Pending => Poll::Pending,
            },
        }
    }
}
// ANCHOR_END: timeout
