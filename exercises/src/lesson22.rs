//! Lesson 22: Pin, and futures that hold references.
//!
//! Grade with `cargo test lesson22`. One unit is one virtual second.
//!
//! Two of these exercises are types with a hand-written `poll`: a future
//! that holds another future and a tokio `Sleep`, and a stream that holds
//! another stream. Neither field may move once polled, so `poll` gets
//! `self: Pin<&mut Self>`, and `pin_project!` (from `pin-project-lite`)
//! turns that into a `Pin<&mut _>` for each field marked `#[pin]` and a
//! plain `&mut _` for the others. The third is a `select!` loop that keeps
//! one deadline, pinned, across its turns.

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::Stream;
use pin_project_lite::pin_project;
use tokio::sync::mpsc;
use tokio::time::Sleep;

// The helpers these exercises use; read them in `lessons/given/src/lesson22.rs`.
pub use given::lesson22::{Elapsed, readings, send_at};

// ANCHOR: timeout
pin_project! {
    /// The future [`timeout`] returns. The fields are a suggestion: change
    /// them as you like, keeping `Timeout<F>` and its `Future` impl.
    pub struct Timeout<F> {
        #[pin]
        inner: F,
        #[pin]
        deadline: Sleep,
    }
}

/// `future`, with a time limit: `Ok(value)` if `future` is ready within
/// `limit`, `Err(Elapsed)` once `limit` has passed without it. Write
/// `timeout` (it makes the `Timeout`) and `Timeout`'s `poll`, like
/// `tokio::time::timeout`, without using it.
///
/// The limit counts from the call to `timeout`, not from the first poll: a
/// `Timeout` made now and awaited 2 units later has 2 units less. At the
/// deadline the `Timeout` returns `Err(Elapsed)` at once, and whoever awaits
/// it drops the inner future then, cancelling it. The tie, a future ready at
/// the very instant of the deadline, is in time: poll the inner future
/// first, as tokio does.
///
/// asyncio: `async with asyncio.timeout(limit): value = await coro`, or
/// `await asyncio.wait_for(coro, limit)` (for which a tie counts as late).
/// Expect: work of 2 units with a limit of 3: `Ok` at 2; work of 5 with a
/// limit of 3: `Err(Elapsed)` at 3, the work cancelled at 3.
pub fn timeout<F: Future>(limit: Duration, future: F) -> Timeout<F> {
    todo!()
}

impl<F: Future> Future for Timeout<F> {
    type Output = Result<F::Output, Elapsed>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        todo!()
    }
}
// ANCHOR_END: timeout

// ANCHOR: collect_until
/// The messages that arrive on `receiver` within `limit` of the call, in
/// order: return them at the deadline, or as soon as the channel is closed
/// and empty, whichever comes first. Messages not taken stay in the channel.
///
/// The deadline is one for the whole collection: messages that keep coming
/// must not push it back. A message already in the channel when the
/// deadline comes is taken (with a `limit` of zero, the messages waiting in
/// the channel are returned and no others).
///
/// asyncio: `async with asyncio.timeout(limit):` around
/// `while (message := await queue.get()) is not None: got.append(message)`,
/// or a deadline `loop.time() + limit` kept across `wait_for` calls, each
/// given only the time left.
/// Expect: messages at 1, 2, 3, 4 and 5 with a limit of 3.5: the three sent
/// at 1, 2 and 3, returned at 3.5 (a recreated `sleep` would wait until 8.5).
pub async fn collect_until(
    receiver: &mut mpsc::Receiver<&'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: collect_until

// ANCHOR: every_other
pin_project! {
    /// The stream [`every_other`] returns. The fields are a suggestion:
    /// change them as you like, keeping `EveryOther<S>` and its `Stream`
    /// impl.
    pub struct EveryOther<S> {
        #[pin]
        inner: S,
        keep_next: bool,
        ended: bool,
    }
}

/// Every other item of `stream`: the first, the third, the fifth, ...,
/// each handed out as soon as the inner stream gives it. The skipped items
/// are read (and waited for) all the same. The stream ends when the inner
/// one ends, and after that it keeps answering `None` without polling the
/// inner stream again (many streams, the given `readings` too, panic when
/// polled after their end).
///
/// asyncio: an async generator, `keep = True` / `async for item in agen:` /
/// `if keep: yield item` / `keep = not keep`.
/// Expect: readings a, b, c, d, e, each 1 unit after the last: `a` at 1,
/// `c` at 3, `e` at 5, then the end.
pub fn every_other<S: Stream>(stream: S) -> EveryOther<S> {
    todo!()
}

impl<S: Stream> Stream for EveryOther<S> {
    type Item = S::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        todo!()
    }
}
// ANCHOR_END: every_other
