//! Lesson 25: capstone III: a channel and a stream by hand, on your own
//! executor.
//!
//! Grade with `cargo test lesson25`. One unit is one virtual second. The
//! last exercise runs on your lesson 23 executor: do lesson 23 first.

use std::collections::{BTreeMap, VecDeque};
use std::future::poll_fn;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
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

/// The state, even after a panic while it was locked: a poisoned lock
/// would turn every later drop of an end into a second panic, and abort.
fn lock<T>(shared: &Shared<T>) -> MutexGuard<'_, State<T>> {
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

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

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        let mut state = lock(this.shared);
        if state.receiver_gone || state.items.len() < state.capacity {
            if let Some(ticket) = this.ticket.take() {
                state.waiting.remove(&ticket);
            }
            let value = this.value.take().expect("a Sending polled after it returned Ready");
            if state.receiver_gone {
                return Poll::Ready(Err(SendError(value)));
            }
            state.items.push_back(value);
            if let Some(receiver) = state.receiver.take() {
                receiver.wake();
            }
            return Poll::Ready(Ok(()));
        }
        // Full: wait in line. The same ticket on every poll, with the
        // latest waker: the task polling it may have changed.
        let ticket = match this.ticket {
            Some(ticket) => ticket,
            None => {
                let ticket = state.next_ticket;
                state.next_ticket += 1;
                ticket
            }
        };
        this.ticket = Some(ticket);
        state.waiting.insert(ticket, cx.waker().clone());
        Poll::Pending
    }
}

impl<T> Drop for Sending<'_, T> {
    /// A send cancelled while it waits leaves the line: a later wake-up
    /// must not go to a task that no longer waits.
    fn drop(&mut self) {
        if let Some(ticket) = self.ticket {
            lock(self.shared).waiting.remove(&ticket);
        }
    }
}

impl<T> Clone for Sender<T> {
    fn clone(&self) -> Self {
        lock(&self.shared).senders += 1;
        Sender { shared: Arc::clone(&self.shared) }
    }
}

impl<T> Drop for Sender<T> {
    fn drop(&mut self) {
        let mut state = lock(&self.shared);
        state.senders -= 1;
        if state.senders == 0 {
            // Closed: a receiver waiting on an empty channel must hear it.
            if let Some(receiver) = state.receiver.take() {
                receiver.wake();
            }
        }
    }
}

impl<T> Receiver<T> {
    /// The next item, or `None` once the channel is closed and empty;
    /// `Pending` (with the waker kept) while it is open and empty.
    pub fn poll_recv(&mut self, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let mut state = lock(&self.shared);
        if let Some(item) = state.items.pop_front() {
            // A slot is free: every waiting send tries again, in the order
            // they began to wait, and the first to run takes it. Waking
            // only the first in line would lose a wake-up when two items
            // are taken before it runs.
            for waker in state.waiting.values() {
                waker.wake_by_ref();
            }
            return Poll::Ready(Some(item));
        }
        if state.senders == 0 {
            return Poll::Ready(None);
        }
        state.receiver = Some(cx.waker().clone());
        Poll::Pending
    }

    /// Receives the next item, waiting while the channel is empty; `None`
    /// once every sender is gone and the channel is empty.
    pub async fn recv(&mut self) -> Option<T> {
        poll_fn(|cx| self.poll_recv(cx)).await
    }
}

impl<T> Drop for Receiver<T> {
    fn drop(&mut self) {
        let mut state = lock(&self.shared);
        state.receiver_gone = true;
        // As tokio does: what was queued is dropped with the receiver.
        state.items.clear();
        // Every waiting send must wake to give its value back.
        for (_, waker) in std::mem::take(&mut state.waiting) {
            waker.wake();
        }
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
/// returns `None`. Once the receiver is dropped, the items still queued
/// are dropped with it (as tokio's are), and every send, waiting or new,
/// returns `Err(SendError(value))` with its value. A send dropped while it
/// waits leaves the line: the sends behind it still go ahead.
/// Every `Pending` (a send's, `poll_recv`'s) keeps the waker of its latest
/// poll; nothing wakes a task that has no reason to run (dropping a sender
/// that is not the last wakes no one), and nothing wakes itself.
pub fn channel<T>(capacity: usize) -> (Sender<T>, Receiver<T>) {
    assert!(capacity > 0, "a channel needs a capacity of at least 1");
    let state = State {
        items: VecDeque::with_capacity(capacity),
        capacity,
        senders: 1,
        receiver_gone: false,
        receiver: None,
        waiting: BTreeMap::new(),
        next_ticket: 0,
    };
    let shared = Arc::new(Mutex::new(state));
    (Sender { shared: Arc::clone(&shared) }, Receiver { shared })
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

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Vec<T>>> {
        let this = &mut *self;
        let mut chunk = Vec::new();
        while chunk.len() < this.size {
            match this.receiver.poll_recv(cx) {
                Poll::Ready(Some(item)) => chunk.push(item),
                // Closed and empty: what we have is the last chunk.
                Poll::Ready(None) if chunk.is_empty() => return Poll::Ready(None),
                Poll::Ready(None) => break,
                // Nothing more now: a chunk never waits once it has an
                // item. The waker kept by `poll_recv` is harmless then: at
                // worst the task is polled once for nothing.
                Poll::Pending if chunk.is_empty() => return Poll::Pending,
                Poll::Pending => break,
            }
        }
        Poll::Ready(Some(chunk))
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
    assert!(size > 0, "a chunk holds at least one item");
    Chunks { receiver, size }
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
    let (sender, receiver) = channel(capacity);
    // Locked only inside one poll, never across an `.await`: a consumer
    // that waits keeps no lock, and the lock is a plain `std` one.
    let receiver = Mutex::new(receiver);
    let producer = async move {
        for item in 1..=count {
            sender.send(item).await.expect("the consumers are gone");
        }
        // `sender` is dropped here: the channel closes.
    };
    let consume = |consumer: usize| {
        let (receiver, work) = (&receiver, &work);
        async move {
            let mut done = Vec::new();
            while let Some(item) =
                poll_fn(|cx| receiver.lock().expect("the receiver's lock").poll_recv(cx)).await
            {
                work(consumer, item).await;
                done.push(item);
            }
            done
        }
    };
    let (_, done) = futures::join!(producer, join_all((1..=consumers).map(consume)));
    done
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
    let done = Arc::new(Mutex::new(Vec::new()));
    let (out, log) = (Arc::clone(&done), log.clone());
    let task = async move {
        let work = |consumer, item| probe(&log, &work_label(consumer, item), sleep(UNIT));
        let result = produce_and_consume(count, capacity, consumers, work).await;
        *out.lock().expect("the result's lock") = result;
    };
    run_tasks(vec![Box::pin(task)]);
    std::mem::take(&mut *done.lock().expect("the result's lock"))
}
// ANCHOR_END: run_on_your_executor
