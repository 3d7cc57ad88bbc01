// Mistake: wakes itself in every poll while the value is not set, to look again soon (a polling loop): it is busy, and the clock cannot move to the instant the setter waits for.
// Expect: busy: polled 101 times while virtual time stood still (it wakes itself at once)
// ANCHOR: signal
/// The value and the waker live in two locks, so a set that comes while a
/// poll runs is never lost: the poll stores its waker first and looks at
/// the value after, and the setter stores the value first and wakes after.
pub fn signal() -> (Setter, Signal) {
    let shared = Arc::new(Shared { value: Mutex::new(None), waker: Mutex::new(None) });
    (Setter { shared: Arc::clone(&shared) }, Signal { shared })
}

/// What the setter and the signal share.
struct Shared {
    value: Mutex<Option<u32>>,
    waker: Mutex<Option<Waker>>,
}

/// Sets a [`Signal`], once.
pub struct Setter {
    shared: Arc<Shared>,
}

impl Setter {
    /// Makes the signal ready with `value`, and wakes whoever awaits it.
    pub fn set(self, value: u32) {
        *lock(&self.shared.value) = Some(value);
        // Taken out of the lock before waking: a waker may run any code.
        let waker = lock(&self.shared.waker).take();
        if let Some(waker) = waker {
            waker.wake();
        }
    }
}

/// A future ready with the value its [`Setter`] sets.
pub struct Signal {
    shared: Arc<Shared>,
}

impl Future for Signal {
    type Output = u32;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        {
            let mut waker = lock(&self.shared.waker);
            // The task that polls may not be the one that polled last time:
            // keep the waker of this poll, cloning only when it differs.
            match waker.as_ref() {
                Some(kept) if kept.will_wake(cx.waker()) => {}
                _ => *waker = Some(cx.waker().clone()),
            }
        }
        match *lock(&self.shared.value) {
            Some(value) => Poll::Ready(value),
            None => {
                cx.waker().wake_by_ref();
                Poll::Pending
            }
        }
    }
}

/// A poisoned lock still holds a usable value here: nothing is left half done.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
// ANCHOR_END: signal
