// Mistake: stores the child's output only when someone already waits on the handle, so a child that ends first loses it.
// Expect: when main was done
// ANCHOR: spawn
/// What a task's output slot holds: the output once it is there, and the
/// waker of whoever awaits the handle.
struct Slot<T> {
    output: Option<T>,
    waker: Option<Waker>,
}

/// A handle to a spawned task: a future that resolves to the task's output.
pub struct JoinHandle<T> {
    slot: Arc<Mutex<Slot<T>>>,
}

impl<T> Future for JoinHandle<T> {
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        let mut slot = self.slot.lock().unwrap();
        match slot.output.take() {
            Some(output) => Poll::Ready(output),
            None => {
                slot.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

/// Spawn `future` as a new task on the executor running on this thread
/// (the queue in `CURRENT`, at its back) and return a [`JoinHandle`]: a
/// future that resolves to the task's output. The task puts its output in
/// the handle's slot and wakes whoever awaits the handle. Panics outside
/// [`run_tasks`].
///
/// asyncio: `asyncio.create_task(coro)`, and awaiting the task it returns.
///
/// Expect: a task that spawns a child and awaits its handle is polled
/// twice (once to start, once when the child is done) and gets the child's
/// output; the child runs after the tasks already in the queue.
pub fn spawn<F>(future: F) -> JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let slot = Arc::new(Mutex::new(Slot { output: None, waker: None }));
    let handle = JoinHandle { slot: Arc::clone(&slot) };
    let task = async move {
        let output = future.await;
        // Hand the output to whoever awaits the handle, and wake them.
        let mut slot = slot.lock().unwrap();
        if let Some(waker) = slot.waker.take() {
            slot.output = Some(output);
            drop(slot);
            waker.wake();
        }
    };
    let ready = CURRENT.with(|current| current.borrow().clone()).expect("spawn outside run_tasks");
    schedule(&ready, Box::pin(task));
    handle
}
// ANCHOR_END: spawn
