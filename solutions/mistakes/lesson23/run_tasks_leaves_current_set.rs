// Mistake: never empties `CURRENT` when it returns, so a later `spawn` on this thread queues its task on an executor that no longer runs instead of panicking.
// Expect: whether `spawn` panicked once `run_tasks` had returned
// ANCHOR: run_tasks
/// The ready queue: tasks waiting to be polled, first in first out.
type ReadyQueue = Arc<Mutex<VecDeque<Arc<Task>>>>;

/// A task: its future (taken out when it finishes), whether it is in the
/// ready queue now, and the queue its waker puts it back on.
struct Task {
    future: Mutex<Option<BoxedTask>>,
    queued: AtomicBool,
    ready: ReadyQueue,
}

impl Wake for Task {
    fn wake(self: Arc<Self>) {
        if !self.queued.swap(true, Ordering::SeqCst) {
            let ready = Arc::clone(&self.ready);
            ready.lock().unwrap().push_back(self);
        }
    }
}

thread_local! {
    /// The ready queue of the executor running on this thread, for `spawn`.
    static CURRENT: RefCell<Option<ReadyQueue>> = const { RefCell::new(None) };
}

/// Puts a new task at the back of `ready`.
fn schedule(ready: &ReadyQueue, future: BoxedTask) {
    let task = Task {
        future: Mutex::new(Some(future)),
        queued: AtomicBool::new(false),
        ready: Arc::clone(ready),
    };
    Arc::new(task).wake();
}

/// Run `tasks` on a single-thread executor until none can go on. Each task
/// is an `Arc<Task>` whose waker is the task itself (write `impl Wake for
/// Task`): waking it puts it at the back of the ready queue, unless it is
/// there already. Start with the tasks in order in the queue; then poll
/// the task at the front, one poll at a time, until the queue is empty.
/// Then fire the timers ([`sleep`]'s `fire_timers`): if one fired, go on;
/// if none was set, return. Keep the ready queue in `CURRENT` while you
/// run, so that [`spawn`] finds it.
///
/// asyncio: `loop._ready`, a deque of callbacks, and `_run_once`, which
/// runs what was ready when it began.
///
/// Expect: tasks `a` and `b`, each yielding twice, are polled a, b, a, b,
/// a, b; a task woken twice before it runs is polled once for both wakes;
/// a task woken from inside another task's poll runs after it.
pub fn run_tasks(tasks: Vec<BoxedTask>) {
    let ready = ReadyQueue::default();
    for task in tasks {
        schedule(&ready, task);
    }
    CURRENT.with(|current| *current.borrow_mut() = Some(Arc::clone(&ready)));
    loop {
        let next = ready.lock().unwrap().pop_front();
        match next {
            Some(task) => {
                task.queued.store(false, Ordering::SeqCst);
                let waker = Waker::from(Arc::clone(&task));
                let mut slot = task.future.lock().unwrap();
                if let Some(future) = slot.as_mut() {
                    if future.as_mut().poll(&mut Context::from_waker(&waker)).is_ready() {
                        *slot = None;
                    }
                }
            }
            None if fire_timers() => {}
            None => break,
        }
    }
}
// ANCHOR_END: run_tasks
