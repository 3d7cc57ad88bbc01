// Alternative: the woken flag is a `Mutex<bool>` instead of an atomic; the thread still parks until it is set.
// ANCHOR: block_on
/// The waker of [`block_on`]: waking it sets `woken` and unparks the
/// thread that waits.
struct Unparker {
    thread: Thread,
    woken: Mutex<bool>,
}

impl Wake for Unparker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        *self.woken.lock().expect("the flag's lock") = true;
        self.thread.unpark();
    }
}

/// Run `future` to completion on this thread and return its output. Poll
/// it; while it is `Pending`, park the thread (`std::thread::park`) until
/// its waker is called, then poll it again. The waker wraps an
/// `Arc<Unparker>` (write `impl Wake for Unparker`): waking sets `woken`
/// and unparks the thread.
///
/// asyncio: `asyncio.run(main())`, or `loop.run_until_complete(fut)`.
///
/// Expect: a future woken from another thread after a while is polled
/// exactly twice, and the thread does nothing in between (no busy loop).
/// `park` may also return when nobody woke the future (a spurious unpark,
/// or another thread's `unpark`): poll again only once `woken` is set.
pub fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let unparker = Arc::new(Unparker { thread: thread::current(), woken: Mutex::new(false) });
    let waker = Waker::from(Arc::clone(&unparker));
    let mut cx = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        // Taken under the lock: a wake after it is kept for the next turn.
        while !std::mem::take(&mut *unparker.woken.lock().expect("the flag's lock")) {
            thread::park();
        }
    }
}
// ANCHOR_END: block_on
