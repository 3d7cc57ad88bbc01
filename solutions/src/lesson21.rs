//! Lesson 21, solved: a future by hand (poll and wake).

use std::future::poll_fn;
use std::pin::{Pin, pin};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};

// ANCHOR: countdown
/// Counts down one step per poll; nothing else will ever wake its task, so
/// every `Pending` comes with a wake of its own.
pub fn countdown(n: u32) -> Countdown {
    Countdown { left: n, polls: 0 }
}

/// The future [`countdown`] returns.
pub struct Countdown {
    left: u32,
    polls: u32,
}

impl Future for Countdown {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        if self.left == 0 {
            return Poll::Ready(self.polls);
        }
        self.left -= 1;
        // Ask to be polled again at once: without this wake, `Pending`
        // would be the last word.
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
// ANCHOR_END: countdown

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
            None => Poll::Pending,
        }
    }
}

/// A poisoned lock still holds a usable value here: nothing is left half done.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
// ANCHOR_END: signal

// ANCHOR: join2
/// Each output is kept once it comes, and its future is polled no more.
pub async fn join2<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    let (mut a, mut b) = (pin!(a), pin!(b));
    let (mut first, mut second) = (None, None);
    poll_fn(|cx| {
        if first.is_none()
            && let Poll::Ready(output) = a.as_mut().poll(cx)
        {
            first = Some(output);
        }
        if second.is_none()
            && let Poll::Ready(output) = b.as_mut().poll(cx)
        {
            second = Some(output);
        }
        match (first.take(), second.take()) {
            (Some(a), Some(b)) => Poll::Ready((a, b)),
            (a, b) => {
                (first, second) = (a, b);
                Poll::Pending
            }
        }
    })
    .await
}
// ANCHOR_END: join2

// ANCHOR: race2
/// `a` is polled first, so it wins a tie; the loser is dropped on return.
pub async fn race2<T>(a: impl Future<Output = T>, b: impl Future<Output = T>) -> T {
    let (mut a, mut b) = (pin!(a), pin!(b));
    poll_fn(|cx| match a.as_mut().poll(cx) {
        Poll::Ready(output) => Poll::Ready(output),
        Poll::Pending => b.as_mut().poll(cx),
    })
    .await
}
// ANCHOR_END: race2
