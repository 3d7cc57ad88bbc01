//! Given helpers for lesson 22: Pin, and futures that hold references.
//!
//! `exercises/src/lesson22.rs` and `solutions/src/lesson22.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

use std::fmt;
use std::time::Duration;

use futures::Stream;
use futures::stream;
use timeline::traced;
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep, sleep_until};

/// The error the lesson's `Timeout` gives when its deadline came before the inner future was ready, like
/// `tokio::time::error::Elapsed` (and Python's `TimeoutError`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Elapsed;

impl fmt::Display for Elapsed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("deadline has elapsed")
    }
}

impl std::error::Error for Elapsed {}

/// A stream of readings: each `(name, wait)` is ready `wait` after it was
/// asked for (after the previous reading was handed out), and the wait is
/// traced with the reading's name. Given.
///
/// Nothing happens until the stream is polled. The stream is not `Unpin`
/// (it holds an `async` block between polls), so an adapter around it must
/// pin it. Like many streams, it panics if it is polled again after it
/// returned `Ready(None)`.
pub fn readings(items: Vec<(&'static str, Duration)>) -> impl Stream<Item = &'static str> {
    stream::unfold(items.into_iter(), |mut rest| async move {
        let (name, wait) = rest.next()?;
        traced(name, sleep(wait)).await;
        Some((name, rest))
    })
}

/// Sends each `(message, at)` on `sender` at `at` after now (the times in
/// order), each send traced as `"send <message>"`, then keeps the sender
/// until `close_at` after now and drops it, which closes the channel. It
/// stops early, quietly, if the receiver is gone. Given.
pub async fn send_at(
    sender: mpsc::Sender<&'static str>,
    messages: Vec<(&'static str, Duration)>,
    close_at: Duration,
) {
    let start = Instant::now();
    for (message, at) in messages {
        sleep_until(start + at).await;
        if traced(&format!("send {message}"), sender.send(message)).await.is_err() {
            return;
        }
    }
    sleep_until(start + close_at).await;
}
