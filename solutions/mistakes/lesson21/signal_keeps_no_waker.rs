// Mistake: returns `Pending` while unset and keeps no waker, trusting the setter to make the await go on: nobody can wake the task.
// Expect: returned Pending without keeping the waker: nothing will ever poll it again
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
        match *lock(&self.shared.value) {
            Some(value) => Poll::Ready(value),
            None => Poll::Pending,
        }
    }
}

/// A poisoned lock still holds a usable value here: nothing is left half done.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
// ANCHOR_END: signal
