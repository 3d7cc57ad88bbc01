// Alternative: the handle's slot is one enum: waiting (with the latest waker), or done with the output.
// ANCHOR: spawn
/// What a task's output slot holds: the output once it is there, and the
/// waker of whoever awaits the handle.
enum Slot<T> {
    Waiting(Option<Waker>),
    Done(Option<T>),
}

/// A handle to a spawned task: a future that resolves to the task's output.
pub struct JoinHandle<T> {
    slot: Arc<Mutex<Slot<T>>>,
}

impl<T> Future for JoinHandle<T> {
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        let mut slot = self.slot.lock().expect("the handle's lock");
        match &mut *slot {
            Slot::Done(output) => Poll::Ready(output.take().expect("a handle polled after Ready")),
            Slot::Waiting(waker) => {
                *waker = Some(cx.waker().clone());
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
    let slot = Arc::new(Mutex::new(Slot::Waiting(None)));
    let handle = JoinHandle { slot: Arc::clone(&slot) };
    let task = async move {
        let output = future.await;
        let before = std::mem::replace(&mut *slot.lock().expect("the handle's lock"), Slot::Done(Some(output)));
        if let Slot::Waiting(Some(waker)) = before {
            waker.wake();
        }
    };
    let ready = CURRENT.with(|current| current.borrow().clone());
    let ready = ready.expect("spawn called outside `run_tasks`: no executor runs on this thread");
    schedule(&ready, Box::pin(task));
    handle
}
// ANCHOR_END: spawn
