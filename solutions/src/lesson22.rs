//! Lesson 22, solved: Pin, and futures that hold references.

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::Stream;
use pin_project_lite::pin_project;
use tokio::sync::mpsc;
use tokio::time::{Sleep, sleep};

pub use given::lesson22::{Elapsed, readings, send_at};

// ANCHOR: timeout
pin_project! {
    /// The future [`timeout`] returns: the inner future and the deadline,
    /// both pinned where the `Timeout` is (neither may move once polled:
    /// `Sleep` holds a timer entry the runtime points at).
    pub struct Timeout<F> {
        #[pin]
        inner: F,
        #[pin]
        deadline: Sleep,
    }
}

/// The `Sleep` is made here, not at the first poll, so the limit counts
/// from the call, as `tokio::time::timeout`'s does.
pub fn timeout<F: Future>(limit: Duration, future: F) -> Timeout<F> {
    Timeout { inner: future, deadline: sleep(limit) }
}

impl<F: Future> Future for Timeout<F> {
    type Output = Result<F::Output, Elapsed>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // `project` turns `Pin<&mut Timeout>` into a `Pin<&mut _>` per field.
        let this = self.project();
        // The inner future first: one that is ready at the deadline wins
        // the tie, as in tokio.
        if let Poll::Ready(value) = this.inner.poll(cx) {
            return Poll::Ready(Ok(value));
        }
        // Polling the `Sleep` registers the waker with the timer: without
        // this poll nobody would wake the task at the deadline.
        this.deadline.poll(cx).map(|()| Err(Elapsed))
    }
}
// ANCHOR_END: timeout

// ANCHOR: collect_until
/// One `Sleep`, pinned on the stack, polled by `&mut` in every turn: each
/// turn polls the same timer, so the deadline stays where it was set.
/// `biased;` with `recv` first takes a message already in the channel even
/// when the deadline has come too.
pub async fn collect_until(
    receiver: &mut mpsc::Receiver<&'static str>,
    limit: Duration,
) -> Vec<&'static str> {
    let deadline = sleep(limit);
    tokio::pin!(deadline);
    let mut collected = Vec::new();
    loop {
        tokio::select! {
            biased;
            message = receiver.recv() => match message {
                Some(message) => collected.push(message),
                // Closed and empty: nothing more can come.
                None => return collected,
            },
            () = &mut deadline => return collected,
        }
    }
}
// ANCHOR_END: collect_until

// ANCHOR: every_other
pin_project! {
    /// The stream [`every_other`] returns.
    pub struct EveryOther<S> {
        #[pin]
        inner: S,
        // Whether the next item of `inner` is handed out or skipped.
        keep_next: bool,
        // `inner` returned `None`: it must not be polled again.
        ended: bool,
    }
}

/// Starts by keeping: the first item is handed out.
pub fn every_other<S: Stream>(stream: S) -> EveryOther<S> {
    EveryOther { inner: stream, keep_next: true, ended: false }
}

impl<S: Stream> Stream for EveryOther<S> {
    type Item = S::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
        let mut this = self.project();
        if *this.ended {
            return Poll::Ready(None);
        }
        // A skipped item is no reason to stop: poll again at once, so that
        // `inner` has the waker when it returns `Pending`.
        loop {
            match this.inner.as_mut().poll_next(cx) {
                Poll::Ready(Some(item)) => {
                    let keep = *this.keep_next;
                    *this.keep_next = !keep;
                    if keep {
                        return Poll::Ready(Some(item));
                    }
                }
                Poll::Ready(None) => {
                    *this.ended = true;
                    return Poll::Ready(None);
                }
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}
// ANCHOR_END: every_other
