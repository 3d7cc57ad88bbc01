// Mistake: polls again each time `park` returns, as if only a wake could unpark the thread; the flag is kept but never checked
// Expect: returned three times without a wake
// ANCHOR: block_on
/// The waker of [`block_on`]: waking it sets `woken` and unparks the
/// thread that waits.
struct Unparker {
    thread: Thread,
    woken: AtomicBool,
}

impl Wake for Unparker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        // The flag first: the thread may wake up for another reason, see the
        // flag set and poll, before the unpark lands; that is fine.
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
        // A wake that came during the poll already set the flag: no park.
        // `swap` clears it in the same step, so a wake after this line is
        // kept for the next turn, never lost.
        if !unparker.woken.swap(false, Ordering::SeqCst) {
            thread::park();
        }
    }
}
// ANCHOR_END: block_on
