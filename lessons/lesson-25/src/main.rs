//! Lesson 25: capstone III: a channel and a stream by hand, on your own
//! executor.
//!
//! A bounded channel is a queue and two kinds of waiting: a receiver that
//! waits for an item, senders that wait for room. This program writes one
//! with a `VecDeque` and the wakers of whoever waits, behind a `Mutex`;
//! shows a send waiting at the bound and the two ways a channel closes;
//! turns the receiver into a `Stream` of chunks with `poll_next`; and runs
//! the producer-consumer of lesson 10 (a channel of 5, two consumers) on
//! it, first on tokio, then on lesson 23's executor, and draws both.
//!
//! Run it: `cargo run -p lesson-25` (real clock) or
//! `cargo run -p lesson-25 -- --virtual-clock` (exact and instant).

use std::collections::{BTreeMap, VecDeque};
use std::future::poll_fn;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use futures::future::join_all;
use futures::{Stream, StreamExt};
use given::lesson23::{Log, now, probe};
use lesson_23::{CLOCK_UNIT, boxed, in_lesson_units, rows, run_tasks, units_since, use_real_clock};
use timeline::lesson::{Clock, section, show, time_and_draw};
use timeline::{Recorder, traced};
use tokio::time::{Instant, sleep};

/// One unit of the story. 80 ms keeps the whole lesson under 3 seconds.
const UNIT: Duration = Duration::from_millis(80);

fn main() -> anyhow::Result<()> {
    if Clock::from_args() == Clock::Real {
        use_real_clock(UNIT);
    }
    timeline::lesson::run(
        "Lesson 25: capstone III: a channel and a stream by hand, on your own executor",
        UNIT,
        lesson,
    )
}

async fn lesson(recorder: Recorder) {
    section(1, "a bounded channel by hand: a send waits while it is full");
    back_pressure(&recorder).await;

    section(2, "closing: the last sender dropped, or the receiver dropped");
    closing().await;

    section(3, "a stream written with poll_next: chunks of what is waiting");
    chunked(&recorder).await;

    section(4, "the producer-consumer on tokio: a channel of 5, two consumers");
    let (done, took) = time_and_draw(&recorder, produce_and_consume(9, 5, 2, work_on_tokio)).await;
    println!("consumer 1 did {:?}, consumer 2 did {:?}", done[0], done[1]);
    println!("tokio: done after {} units", in_units(took));
    let on_tokio = rows(recorder.timeline().spans(), UNIT);

    section(5, "the same code on lesson 23's executor");
    let log = Log::new();
    let start = now();
    let done = on_our_executor(&log);
    let ours = in_lesson_units(&log.timeline(), start, UNIT);
    show(&ours);
    println!("consumer 1 did {:?}, consumer 2 did {:?}", done[0], done[1]);
    println!("our executor: done after {} units", units_since(start, now()));
    let same = rows(ours.spans(), UNIT) == on_tokio;
    println!("the same rows, to the unit: {}", if same { "yes" } else { "no" });
}

// ---- the channel ----

// ANCHOR: state
/// What both ends share, behind one lock.
struct State<T> {
    items: VecDeque<T>,
    capacity: usize,
    senders: usize,
    receiver_gone: bool,
    /// The receiver's waker, while it waits on an empty channel.
    receiver: Option<Waker>,
    /// The sends waiting for room, by ticket: the order they began to wait.
    waiting: BTreeMap<u64, Waker>,
    next_ticket: u64,
}

type Shared<T> = Arc<Mutex<State<T>>>;

struct Sender<T>(Shared<T>);

struct Receiver<T>(Shared<T>);

#[derive(Debug)]
struct SendError<T>(T);

fn channel<T>(capacity: usize) -> (Sender<T>, Receiver<T>) {
    assert!(capacity > 0, "a channel needs a capacity of at least 1");
    let state = State {
        items: VecDeque::new(),
        capacity,
        senders: 1,
        receiver_gone: false,
        receiver: None,
        waiting: BTreeMap::new(),
        next_ticket: 0,
    };
    let shared = Arc::new(Mutex::new(state));
    (Sender(Arc::clone(&shared)), Receiver(shared))
}
// ANCHOR_END: state

fn lock<T>(shared: &Shared<T>) -> MutexGuard<'_, State<T>> {
    shared.lock().expect("the channel's lock")
}

// ANCHOR: send
/// The future `send` returns: its value, and its place in the line once
/// it waits.
struct Sending<'a, T> {
    shared: &'a Shared<T>,
    value: Option<T>,
    ticket: Option<u64>,
}

impl<T> Unpin for Sending<'_, T> {}

impl<T> Sender<T> {
    fn send(&self, value: T) -> Sending<'_, T> {
        Sending { shared: &self.0, value: Some(value), ticket: None }
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
            let value = this.value.take().expect("polled after Ready");
            if state.receiver_gone {
                return Poll::Ready(Err(SendError(value)));
            }
            state.items.push_back(value);
            if let Some(receiver) = state.receiver.take() {
                receiver.wake();
            }
            return Poll::Ready(Ok(()));
        }
        let ticket = *this.ticket.get_or_insert_with(|| {
            state.next_ticket += 1;
            state.next_ticket
        });
        // The latest waker every time: the task polling may have changed.
        state.waiting.insert(ticket, cx.waker().clone());
        Poll::Pending
    }
}
// ANCHOR_END: send

// ANCHOR: recv
impl<T> Receiver<T> {
    fn poll_recv(&mut self, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let mut state = lock(&self.0);
        if let Some(item) = state.items.pop_front() {
            // Room: every waiting send tries again, the oldest first.
            state.waiting.values().for_each(Waker::wake_by_ref);
            return Poll::Ready(Some(item));
        }
        if state.senders == 0 {
            return Poll::Ready(None);
        }
        state.receiver = Some(cx.waker().clone());
        Poll::Pending
    }

    async fn recv(&mut self) -> Option<T> {
        poll_fn(|cx| self.poll_recv(cx)).await
    }
}
// ANCHOR_END: recv

// ANCHOR: drop
impl<T> Clone for Sender<T> {
    fn clone(&self) -> Self {
        lock(&self.0).senders += 1;
        Sender(Arc::clone(&self.0))
    }
}

impl<T> Drop for Sender<T> {
    fn drop(&mut self) {
        let mut state = lock(&self.0);
        state.senders -= 1;
        if state.senders == 0 {
            state.receiver.take().into_iter().for_each(Waker::wake);
        }
    }
}

impl<T> Drop for Receiver<T> {
    fn drop(&mut self) {
        let mut state = lock(&self.0);
        state.receiver_gone = true;
        state.items.clear();
        std::mem::take(&mut state.waiting).into_values().for_each(Waker::wake);
    }
}

impl<T> Drop for Sending<'_, T> {
    fn drop(&mut self) {
        if let Some(ticket) = self.ticket {
            lock(self.shared).waiting.remove(&ticket);
        }
    }
}
// ANCHOR_END: drop

// ---- 1. back-pressure ----

async fn back_pressure(recorder: &Recorder) {
    let (sender, mut receiver) = channel(2);
    let producer = async move {
        for item in 1..=4 {
            traced(&format!("send {item}"), sender.send(item)).await.expect("receiver gone");
        }
    };
    let consumer = async move {
        let mut got = Vec::new();
        // Slower than the producer: one item per unit.
        loop {
            sleep(UNIT).await;
            let Some(item) = receiver.recv().await else { break };
            got.push(item);
        }
        got
    };
    let ((_, got), took) =
        time_and_draw(recorder, async { tokio::join!(producer, consumer) }).await;
    let spans = recorder.timeline();
    let waited = |label: &str| {
        let span = spans.spans().iter().find(|span| span.label == label).expect("a send row");
        in_units(span.end - span.start)
    };
    println!(
        "capacity 2: sends 1 and 2 found room; send 3 waited {} unit(s) and send 4 {} unit(s), \
         each until the receiver took an item",
        waited("send 3"),
        waited("send 4")
    );
    println!(
        "received {got:?}; after {} units a fifth recv found the channel closed and empty: None",
        in_units(took)
    );
}

// ---- 2. closing ----

async fn closing() {
    let start = Instant::now();
    let (sender, mut receiver) = channel(5);
    let second = sender.clone();
    sender.send("from the first sender").await.expect("receiver gone");
    second.send("from its clone").await.expect("receiver gone");
    drop(sender);
    println!("the first sender dropped; its clone still sends, so recv waits for more");
    let waiting = async {
        let mut got = Vec::new();
        while let Some(item) = receiver.recv().await {
            got.push(item);
        }
        (got, Instant::now())
    };
    let last_drop = async move {
        sleep(UNIT * 2).await;
        drop(second);
        Instant::now()
    };
    let ((got, ended), dropped) = tokio::join!(waiting, last_drop);
    println!("received {got:?}, then None");
    println!(
        "the clone was dropped at {} units, and recv returned None at {} units: the close woke it",
        in_units(dropped - start),
        in_units(ended - start)
    );
    let (sender, receiver) = channel(1);
    drop(receiver);
    let given_back = sender.send(42).await.expect_err("no receiver");
    println!("with the receiver dropped, send(42) gave back {given_back:?}");
}

// ---- 3. a stream ----

// ANCHOR: chunks
/// The receiver as a stream of chunks: whatever is waiting, up to `size`.
struct Chunks<T> {
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
                // Nothing more for now, or ever: wait only while empty.
                Poll::Ready(None) | Poll::Pending if !chunk.is_empty() => break,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
        Poll::Ready(Some(chunk))
    }
}
// ANCHOR_END: chunks

async fn chunked(recorder: &Recorder) {
    let (sender, receiver) = channel(5);
    let producer = async move {
        for item in 1..=9 {
            if item == 4 {
                sleep(UNIT * 2).await;
            }
            sender.send(item).await.expect("receiver gone");
        }
    };
    let consumer = async {
        let start = Instant::now();
        let mut chunks = Chunks { receiver, size: 4 };
        while let Some(chunk) = chunks.next().await {
            println!("at {} units: {chunk:?}", in_units(start.elapsed()));
            traced(&format!("chunk of {}", chunk.len()), sleep(UNIT)).await;
        }
        println!("at {} units: None, the channel is closed and empty", in_units(start.elapsed()));
    };
    time_and_draw(recorder, async { tokio::join!(producer, consumer) }).await;
    println!(
        "a chunk takes what is waiting, up to 4, and never waits for more once it has one; \
         at 2 units 5 items fit in the channel and the 6th send waited until the chunk of 4 \
         was taken"
    );
}

// ---- 4 and 5. the producer-consumer, on tokio and on lesson 23's executor ----

// ANCHOR: produce_and_consume
/// The producer sends 1 to `count`; the consumers share the receiver and
/// do `work` for each item. One task, no spawn: any executor runs it.
async fn produce_and_consume<W, F>(
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
    let receiver = Mutex::new(receiver);
    let producer = async move {
        for item in 1..=count {
            sender.send(item).await.expect("the consumers are gone");
        }
    };
    let consume = |consumer| {
        let (receiver, work) = (&receiver, &work);
        async move {
            let mut done = Vec::new();
            // The lock is held only inside one poll, never while waiting.
            let next = || poll_fn(|cx| receiver.lock().expect("the receiver").poll_recv(cx));
            while let Some(item) = next().await {
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

async fn work_on_tokio(consumer: usize, item: u32) {
    traced(&format!("consumer {consumer}: item {item}"), sleep(UNIT)).await;
}

// ANCHOR: on_our_executor
/// The same function, on lesson 23's executor: its `sleep`, its clock.
fn on_our_executor(log: &Log) -> Vec<Vec<u32>> {
    let done = Arc::new(Mutex::new(Vec::new()));
    let (out, log) = (Arc::clone(&done), log.clone());
    run_tasks(vec![boxed(async move {
        let work = |consumer, item| {
            probe(&log, &format!("consumer {consumer}: item {item}"), lesson_23::sleep(CLOCK_UNIT))
        };
        *out.lock().expect("the result") = produce_and_consume(9, 5, 2, work).await;
    })]);
    std::mem::take(&mut *done.lock().expect("the result"))
}
// ANCHOR_END: on_our_executor

fn in_units(duration: Duration) -> f64 {
    (duration.as_secs_f64() / UNIT.as_secs_f64() * 100.0).round() / 100.0
}
