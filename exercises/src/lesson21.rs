//! Lesson 21: a future by hand (poll and wake).
//!
//! Grade with `cargo test lesson21`. One unit is one virtual second. These
//! exercises use no given helpers: the futures are yours from the ground up.

use std::pin::Pin;
use std::task::{Context, Poll};

// ANCHOR: countdown
/// Return a future that returns `Poll::Pending` the first `n` times it is
/// polled and `Poll::Ready` on poll `n + 1`, with the number of polls it
/// took (`n + 1`). `countdown(0)` is ready on its first poll, with 1.
///
/// Nothing else will ever wake its task, so each time it returns `Pending`
/// it must first wake itself, with `cx.waker().wake_by_ref()`, exactly
/// once: it is busy by design, all its polls happen at one virtual instant,
/// and it takes no virtual time.
///
/// asyncio: a coroutine that runs `await asyncio.sleep(0)` `n` times: each
/// one hands control to the loop, which resumes it at once.
///
/// The fields of `Countdown` are yours to choose (what is left, what was seen);
/// they are plain numbers, so `Countdown` is `Unpin` and `poll` may take
/// `mut self: Pin<&mut Self>` and change them directly.
pub fn countdown(n: u32) -> Countdown {
    todo!()
}

/// The future [`countdown`] returns. Add the fields it needs.
pub struct Countdown {}

impl Future for Countdown {
    type Output = u32;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        todo!()
    }
}
// ANCHOR_END: countdown

// ANCHOR: signal
/// Return a pair: a [`Setter`] and a [`Signal`], a future that is ready
/// with the value given to [`Setter::set`], whenever and wherever that
/// happens (in another task, after a delay). Keep the value and the waker
/// where both halves reach them: an `Arc` of a struct holding a
/// `Mutex<Option<u32>>` and a `Mutex<Option<Waker>>`.
///
/// On every poll that is not ready, keep the waker of that poll: the task
/// that polls may have changed since the last one (a future can move to
/// another task between polls). `Waker::will_wake` tells whether the kept
/// one wakes the same task as `cx.waker()`; replace it when it does not.
/// `set` stores the value and wakes the kept waker, if there is one: the
/// signal is then polled once more, at that very instant, and is ready.
/// A signal set before its first poll is ready on that first poll.
///
/// Mind the order when `set` runs on another thread: `poll` keeps its waker
/// first and looks at the value after, and `set` stores the value first and
/// wakes after. The other way round, a `set` that lands between the look
/// and the keep finds no waker, and the signal is never polled again. That
/// lost wake-up needs the `set` to land in a gap of a few instructions, so
/// it is rare, and no test can be relied on to show it to you.
///
/// asyncio: `fut = loop.create_future()`; elsewhere `fut.set_result(value)`
/// (or `loop.call_later(delay, fut.set_result, value)`), and here
/// `await fut`.
///
/// `Setter::set` takes `self`: a signal is set once, like a
/// `oneshot` sender.
pub fn signal() -> (Setter, Signal) {
    todo!()
}

/// Sets a [`Signal`]. Add the fields it needs.
pub struct Setter {}

impl Setter {
    /// Makes the signal ready with `value`, and wakes whoever awaits it.
    pub fn set(self, value: u32) {
        todo!()
    }
}

/// A future ready with the value its [`Setter`] sets. Add the fields it needs.
pub struct Signal {}

impl Future for Signal {
    type Output = u32;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        todo!()
    }
}
// ANCHOR_END: signal

// ANCHOR: join2
/// Await `a` and `b` at the same time and return both outputs, in argument
/// order, the moment the later one is ready: what `tokio::join!(a, b)`
/// does. Write it by hand: pin both (`std::pin::pin!`) and poll them from
/// `std::future::poll_fn`, both in every poll, with the waker you are
/// given. Never poll a future again once it returned `Ready`: keep its
/// output in an `Option` instead.
///
/// asyncio: `await asyncio.gather(a, b)`.
///
/// Expect: futures ready after 3 and 1 units give both outputs after 3
/// units, and the one ready after 1 unit is polled no more.
pub async fn join2<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    todo!()
}
// ANCHOR_END: join2

// ANCHOR: race2
/// Await `a` and `b` at the same time and return the output of the first
/// one ready; the other is dropped, which cancels it, at that instant. When
/// both are ready in the same poll, `a` wins. By hand, from
/// `std::future::poll_fn`, as for [`join2`].
///
/// asyncio: `asyncio.wait({a, b}, return_when=FIRST_COMPLETED)`, then cancel
/// the one still pending.
///
/// Expect: futures ready after 3 and 1 units give the second output after 1
/// unit, and the first is cancelled then.
pub async fn race2<T>(a: impl Future<Output = T>, b: impl Future<Output = T>) -> T {
    todo!()
}
// ANCHOR_END: race2
