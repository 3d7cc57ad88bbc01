//! Lesson 25: capstone III: a channel and a stream by hand, on your own
//! executor.
//!
//! Grade with `cargo test lesson25`. One unit is one virtual second. The
//! last exercise runs on your lesson 23 executor: do lesson 23 first.

use std::collections::{BTreeMap, VecDeque};
use std::future::poll_fn;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

use futures::Stream;
use futures::future::join_all;

// The helpers these exercises use; read them in `lessons/given/src/lesson25.rs`.
pub use given::lesson25::{Log, UNIT, probe, work_label, work_on_tokio};

// Your executor, from lesson 23: `run_on_your_executor` runs on it.
use crate::lesson23::{run_tasks, sleep};

// ANCHOR: channel
/// What [`Sender::send`] gives back when the receiver is gone: the value it
/// could not deliver. tokio: `tokio::sync::mpsc::error::SendError<T>`.
#[derive(Debug, PartialEq, Eq)]
pub struct SendError<T>(pub T);

/// Everything the two ends share, behind one lock. The fields are a
/// suggestion: change them as you like.
struct State<T> {
    items: VecDeque<T>,
    capacity: usize,
    /// Live `Sender`s: the channel is closed when it drops to zero.
    senders: usize,
    receiver_gone: bool,
    /// The waker of the receiver's latest `Pending` poll.
    receiver: Option<Waker>,
    /// The sends waiting for room, by ticket: a ticket is taken when a send
    /// first waits, so the map's order is the order they began to wait.
    waiting: BTreeMap<u64, Waker>,
    next_ticket: u64,
}

type Shared<T> = Arc<Mutex<State<T>>>;

/// The sending end. Clone it for more senders: the channel closes when
/// the last one is dropped.
pub struct Sender<T> {
    shared: Shared<T>,
}

/// The receiving end.
pub struct Receiver<T> {
    shared: Shared<T>,
}

/// The future [`Sender::send`] returns.
pub struct Sending<'a, T> {
    shared: &'a Shared<T>,
    /// Taken out when it is delivered or given back.
    value: Option<T>,
    /// Set while it waits for room.
    ticket: Option<u64>,
}

// Nothing in a `Sending` is pinned: the value is moved out, never polled.
impl<T> Unpin for Sending<'_, T> {}

impl<T> Sender<T> {
    /// Sends `value`, waiting while the channel is full.
    pub fn send(&self, value: T) -> Sending<'_, T> {
        Sending { shared: &self.shared, value: Some(value), ticket: None }
    }
}

impl<T> Future for Sending<'_, T> {
    type Output = Result<(), SendError<T>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        todo!()
    }
}

impl<T> Clone for Sender<T> {
    fn clone(&self) -> Self {
        todo!()
    }
}

impl<T> Receiver<T> {
    /// The next item, or `None` once the channel is closed and empty;
    /// `Pending` (with the waker kept) while it is open and empty.
    pub fn poll_recv(&mut self, cx: &mut Context<'_>) -> Poll<Option<T>> {
        todo!()
    }

    /// Receives the next item, waiting while the channel is empty; `None`
    /// once every sender is gone and the channel is empty.
    pub async fn recv(&mut self) -> Option<T> {
        poll_fn(|cx| self.poll_recv(cx)).await
    }
}

/// Create a bounded channel that holds at most `capacity` items, and
/// return its two ends. Write this, `Sending::poll` (the future
/// [`Sender::send`] returns), [`Receiver::poll_recv`] (`recv` is given: it
/// awaits `poll_recv`), `Clone` for [`Sender`], and `Drop` for [`Sender`],
/// [`Receiver`] and [`Sending`]: the items in a `VecDeque` and the wakers
/// of whoever waits, behind one `std::sync::Mutex` that both ends share.
///
/// asyncio: `asyncio.Queue(maxsize=capacity)` with `put` and `get`, which
/// keeps a deque of waiting futures for each side. tokio:
/// `tokio::sync::mpsc::channel(capacity)`.
///
/// Expect: `capacity` 0 panics (as in tokio). A send returns `Ok(())` at
/// its first poll while fewer than `capacity` items are queued (even if
/// other sends wait); otherwise it waits, and goes ahead at the very
/// instant the receiver takes an item: a waiting send never stays asleep
/// while there is room, also when two items are taken before it runs.
/// Sends that wait go ahead in the order they began to wait. `recv`
/// returns the oldest item at once; on an empty channel it waits until an
/// item comes, or returns `None` once every sender (the original and its
/// clones) has been dropped: the items queued before that still come out
/// first, and a `recv` waiting when the last sender drops is woken and
/// returns `None`. Once the receiver is dropped, every send, waiting or
/// new, returns `Err(SendError(value))` with its value. A send dropped
/// while it waits leaves the line: the sends behind it still go ahead.
/// Every `Pending` (a send's, `poll_recv`'s) keeps the waker of its latest
/// poll; nothing wakes a task that has no reason to run (dropping a sender
/// that is not the last wakes no one), and nothing wakes itself.
pub fn channel<T>(capacity: usize) -> (Sender<T>, Receiver<T>) {
    todo!()
}
// ANCHOR_END: channel

// ANCHOR: chunks
/// The stream [`chunks`] returns.
pub struct Chunks<T> {
    receiver: Receiver<T>,
    size: usize,
}

impl<T> Stream for Chunks<T> {
    type Item = Vec<T>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Vec<T>>> {
        todo!()
    }
}

/// Turn `receiver` into a stream of chunks: each chunk holds the items
/// waiting in the channel when it is taken, oldest first, at most `size`
/// of them. Write `poll_next` of [`Chunks`] with your
/// [`Receiver::poll_recv`].
///
/// asyncio: an async iterator whose `__anext__` awaits one `get()`, then
/// takes what `get_nowait()` still gives, up to `size`. futures:
/// `StreamExt::ready_chunks(size)` over a receiver stream.
///
/// Expect: `size` 0 panics. A chunk is never empty: on an empty channel
/// the stream waits for the first item, then returns at once with what is
/// queued (it never waits for more). The stream ends (`None`) when the
/// channel is closed and empty; items queued before the close come first.
/// Like the channel's futures, it keeps the waker only through
/// `poll_recv`, and never wakes itself.
pub fn chunks<T>(receiver: Receiver<T>, size: usize) -> Chunks<T> {
    todo!()
}
// ANCHOR_END: chunks

// ANCHOR: produce_and_consume
/// Run the producer-consumer on your channel, in the task that awaits
/// this: a producer sends the items 1 to `count` into a channel of
/// `capacity`, then drops its sender; `consumers` consumers, numbered from
/// 1, each take the next item, do `work(consumer, item)`, and go on until
/// `recv` gives `None`. Return what each consumer did, in order: entry 0
/// holds consumer 1's items.
///
/// asyncio: `asyncio.Queue(maxsize=5)`, a producer that puts, consumers
/// that `get()` in a loop, run with `gather`.
///
/// Expect: spawn nothing (the same code runs on tokio and on your
/// executor): join the producer and the consumers in this one task. The
/// consumers share the receiver (behind a lock) and never hold it during
/// `work`; when several take an item at the same instant, the lower
/// number goes first. 9 items, capacity 5, 2 consumers, 1 unit of work
/// each: done at 5 units, consumer 1 with [1, 3, 5, 7, 9], consumer 2
/// with [2, 4, 6, 8]. Every item is done exactly once.
pub async fn produce_and_consume<W, F>(
    count: u32,
    capacity: usize,
    consumers: usize,
    work: W,
) -> Vec<Vec<u32>>
where
    W: Fn(usize, u32) -> F,
    F: Future<Output = ()>,
{
    todo!()
}
// ANCHOR_END: produce_and_consume

// ANCHOR: run_on_your_executor
/// Run [`produce_and_consume`] on your lesson 23 executor (`run_tasks`, as
/// one task): each item's work is your lesson 23 `sleep(UNIT)`, wrapped in
/// `probe(log, &work_label(consumer, item), ...)` so that `log` records
/// it. Return what `produce_and_consume` returned.
///
/// asyncio: the same program on a loop of your own.
///
/// Expect: the same timeline in `log` as the same program draws on tokio
/// with [`work_on_tokio`] (9 items, capacity 5, 2 consumers: done at 5
/// units), and the same return value. This needs your lesson 23 executor:
/// while its `run_tasks` is still `todo!()`, these tests fail with "Not
/// written yet: lesson23::run_tasks" (then `sleep`).
pub fn run_on_your_executor(
    count: u32,
    capacity: usize,
    consumers: usize,
    log: &Log,
) -> Vec<Vec<u32>> {
    todo!()
}
// ANCHOR_END: run_on_your_executor
