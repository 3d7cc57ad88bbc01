// Mistake: the new task goes to the front of the ready queue, ahead of the tasks that were ready before it
// Expect: a new task joins the back
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
        let mut slot = self.slot.lock().expect("the handle's lock");
        match slot.output.take() {
            Some(output) => Poll::Ready(output),
            None => {
                // Refreshed on every poll: the task awaiting may have moved.
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
        let waker = {
            let mut slot = slot.lock().expect("the handle's lock");
            slot.output = Some(output);
            slot.waker.take()
        };
        if let Some(waker) = waker {
            waker.wake();
        }
    };
    let ready = CURRENT.with(|current| current.borrow().clone());
    let ready = ready.expect("spawn called outside `run_tasks`: no executor runs on this thread");
    let task = Arc::new(Task {
        future: Mutex::new(Some(Box::pin(task))),
        queued: AtomicBool::new(true),
        ready: Arc::clone(&ready),
    });
    ready.lock().expect("the ready queue's lock").push_front(task);
    handle
}
// ANCHOR_END: spawn
