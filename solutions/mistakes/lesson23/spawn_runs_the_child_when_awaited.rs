// Mistake: the handle runs the child itself when awaited (a coroutine awaited, not a task created), so the child starts only when someone awaits it.
// Expect: the child ended before main awaited its handle
// ANCHOR: spawn
/// A handle to a spawned task: a future that resolves to the task's output.
pub struct JoinHandle<T> {
    future: Pin<Box<dyn Future<Output = T> + Send>>,
}

impl<T> Future for JoinHandle<T> {
    type Output = T;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        self.future.as_mut().poll(cx)
    }
}

/// The child, wrapped: it runs when the handle is awaited.
pub fn spawn<F>(future: F) -> JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    JoinHandle { future: Box::pin(future) }
}
// ANCHOR_END: spawn
