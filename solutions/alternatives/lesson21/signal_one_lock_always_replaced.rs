// Alternative: the value and the waker under one lock, and the waker replaced on every poll without asking `will_wake` (a clone per poll, but never a stale one).
// ANCHOR: signal
/// One lock for both.
pub fn signal() -> (Setter, Signal) {
    let shared = Arc::new(Mutex::new(State { value: None, waker: None }));
    (Setter { shared: Arc::clone(&shared) }, Signal { shared })
}

/// The value and who waits for it.
struct State {
    value: Option<u32>,
    waker: Option<Waker>,
}

/// Sets a [`Signal`], once.
pub struct Setter {
    shared: Arc<Mutex<State>>,
}

impl Setter {
    /// Makes the signal ready with `value`, and wakes whoever awaits it.
    pub fn set(self, value: u32) {
        let waker = {
            let mut state = lock(&self.shared);
            state.value = Some(value);
            state.waker.take()
        };
        if let Some(waker) = waker {
            waker.wake();
        }
    }
}

/// A future ready with the value its [`Setter`] sets.
pub struct Signal {
    shared: Arc<Mutex<State>>,
}

impl Future for Signal {
    type Output = u32;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        let mut state = lock(&self.shared);
        match state.value {
            Some(value) => Poll::Ready(value),
            None => {
                state.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
// ANCHOR_END: signal
