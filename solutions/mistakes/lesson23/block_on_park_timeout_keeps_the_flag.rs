// Mistake: waits with `park_timeout(1 ms)` in a loop instead of `park`: the polls are right, but the thread wakes about a thousand times a second while it waits.
// Expect: whether the thread slept through the 200 ms wait
// ANCHOR: block_on
/// The waker of [`block_on`]: waking it sets `woken` and unparks the
/// thread that waits.
struct Unparker {
    thread: Thread,
    woken: AtomicBool,
}

impl Wake for Unparker {
    fn wake(self: Arc<Self>) {
        self.woken.store(true, Ordering::SeqCst);
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
    let unparker = Arc::new(Unparker { thread: thread::current(), woken: AtomicBool::new(false) });
    let waker = Waker::from(Arc::clone(&unparker));
    let mut cx = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        // Look at the flag every millisecond, so a missed unpark cannot hang us.
        while !unparker.woken.swap(false, Ordering::SeqCst) {
            thread::park_timeout(Duration::from_millis(1));
        }
    }
}
// ANCHOR_END: block_on
