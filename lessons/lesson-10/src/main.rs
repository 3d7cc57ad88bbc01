//! Lesson 10: producer and consumer.
//!
//! Often one part of a program finds work and another part does it, at a
//! different speed: a crawler finds links faster than it can fetch them, a
//! server accepts jobs faster than it runs them. A queue between the two lets
//! each side run at its own pace, lets several consumers share the work, and,
//! when it is bounded, makes a producer that runs ahead wait instead of
//! filling memory. In tokio the queue is a bounded `mpsc` channel, and the
//! work ends when the last sender is dropped: the consumers empty the channel
//! and return by themselves, also when Ctrl-C stops the producers.
//!
//! Run it: `cargo run -p lesson-10` (real clock) or
//! `cargo run -p lesson-10 -- --virtual-clock` (exact and instant).

use std::collections::BTreeSet;
use std::pin::pin;
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;

use futures::future::join_all;
use timeline::lesson::{ratio, secs, section, time_and_draw};
use timeline::{Outcome, Recorder, Span, mark, traced};
use tokio::sync::{Mutex, mpsc, watch};
use tokio::time::{Instant, sleep};
use tokio_util::sync::CancellationToken;

/// One unit of the story. 50 ms keeps the whole lesson under 3 seconds.
const UNIT: Duration = Duration::from_millis(50);

/// Room in the channel of sections 1 to 4: two items wait, a third put waits.
const CAPACITY: usize = 2;

/// The two rounds of section 4: items 1 to 5, then items 6 to 8.
const ROUNDS: [(u32, u32); 2] = [(1, 5), (6, 8)];

/// How long the producers of section 5 run if nobody presses Ctrl-C: about a
/// second, and half a unit away from the whole units at which they make
/// items, so that on the virtual clock no item is made at the very instant
/// they are stopped.
const DEADLINE: Duration = Duration::from_millis(925);

/// One receiver, shared by several consumers.
type SharedReceiver = Arc<Mutex<mpsc::Receiver<u32>>>;

// ANCHOR: put_and_process
/// Puts `item` into the channel. The row "put N" lasts as long as `send`
/// waits for room.
async fn put(sender: &mpsc::Sender<u32>, item: u32) {
    let sent = traced(&format!("put {item}"), sender.send(item)).await;
    // `send` fails only when the receiver is gone: nobody would process it.
    sent.expect("the consumer is gone");
}

/// Processes one item; it takes one unit.
async fn process(item: u32) {
    traced(&format!("process {item}"), sleep(UNIT)).await;
}
// ANCHOR_END: put_and_process

fn main() -> anyhow::Result<()> {
    timeline::lesson::run("Lesson 10: producer and consumer", UNIT, lesson)
}

async fn lesson(recorder: Recorder) {
    section(1, "A bounded channel: the producer waits while it is full");
    let (in_channel, _) = time_and_draw(&recorder, one_producer_one_consumer(6)).await;
    let puts = rows(&recorder, "put ");
    let waits: Vec<String> = puts
        .iter()
        .filter(|put| put.end - put.start > UNIT / 2)
        .map(|put| format!("{} waited {}", put.label, secs(put.end - put.start)))
        .collect();
    println!("items in the channel after each put: {in_channel:?} (capacity {CAPACITY})");
    println!("{}: each one until the consumer took an item", waits.join(", "));
    println!(
        "the producer was done putting at {}, the consumer was done at {}",
        secs(last_end(&puts)),
        secs(last_end(&rows(&recorder, "process ")))
    );

    section(2, "Consumers share one receiver; dropping the sender ends them");
    let (_, alone) = time_and_draw(&recorder, share_work(6, 1)).await;
    println!();
    let (shares, together) = time_and_draw(&recorder, share_work(6, 2)).await;
    for (id, items) in (1..).zip(&shares) {
        println!("consumer {id} processed {items:?}");
    }
    println!(
        "1 consumer {}, 2 consumers {}: two share the work {} faster.",
        secs(alone),
        secs(together),
        ratio(alone, together)
    );
    let ends = rows(&recorder, "consumer ");
    println!(
        "{} consumers returned by themselves when recv() gave None, the last at {}",
        ends.len(),
        secs(last_end(&ends))
    );

    section(3, "Cancelling the consumer once the producer is done loses work");
    let items = 4;
    let (queued, _) = time_and_draw(&recorder, cancel_the_consumer(items)).await;
    let processing = rows(&recorder, "process ");
    let count = |outcome| processing.iter().filter(|row| row.outcome == outcome).count();
    println!(
        "processed {} of {items}: {} cancelled as it started, {queued} still in the channel, \
         dropped with it",
        count(Outcome::Finished),
        count(Outcome::Cancelled)
    );
    let shared: usize = shares.iter().map(Vec::len).sum();
    println!("dropping the sender instead (section 2) processed {shared} of {shared}");

    section(4, "queue.join(): wait until every item so far is processed");
    let (joined, _) = time_and_draw(&recorder, rounds_with_join()).await;
    let timeline = recorder.timeline();
    let taken = |item: u32| timeline.span(&format!("process {item}")).map(|row| row.start);
    for ((first, last), joined) in ROUNDS.iter().zip(&joined) {
        let empty = taken(*last).map(secs).unwrap_or_default();
        println!(
            "items {first} to {last}: the channel was empty at {empty}, when item {last} was \
             taken; join() returned at {}, when it was processed",
            secs(*joined)
        );
    }
    let processing = rows(&recorder, "process ");
    let tasks: BTreeSet<_> = processing.iter().map(|row| &row.tokio_task).collect();
    println!(
        "{} consumer tasks processed all {} items: they stayed alive between the rounds",
        tasks.len(),
        processing.len()
    );

    section(5, "Ctrl-C: stop the producers, drain the channel, report");
    let (report, took) = time_and_draw(&recorder, until_stopped(DEADLINE)).await;
    println!(
        "stopped by {} at {}, with {} items in the channel",
        report.reason,
        secs(report.stopped_at),
        report.queued
    );
    println!("the consumers emptied it and returned; the section ended at {}", secs(took));
    println!(
        "produced {} items, processed {} items: {} lost",
        report.produced,
        report.processed,
        report.produced - report.processed
    );
}

/// The rows whose label starts with `prefix`, in the order they started.
fn rows(recorder: &Recorder, prefix: &str) -> Vec<Span> {
    let timeline = recorder.timeline();
    timeline.spans().iter().filter(|row| row.label.starts_with(prefix)).cloned().collect()
}

/// When the last of `rows` ended.
fn last_end(rows: &[Span]) -> Duration {
    rows.iter().map(|row| row.end).max().unwrap_or_default()
}

// ANCHOR: backpressure
/// One producer puts items 1 to `items`, one consumer processes them.
/// Returns how many items were in the channel after each put.
async fn one_producer_one_consumer(items: u32) -> Vec<usize> {
    // Python: queue = asyncio.Queue(maxsize=2)
    let (sender, mut receiver) = mpsc::channel(CAPACITY);
    let producer = tokio::spawn(async move {
        let mut in_channel = Vec::new();
        for item in 1..=items {
            put(&sender, item).await;
            in_channel.push(sender.max_capacity() - sender.capacity());
        }
        in_channel
        // The task drops `sender` as it returns: that closes the channel.
    });
    // `recv` gives `None` once the channel is closed and empty.
    while let Some(item) = receiver.recv().await {
        process(item).await;
    }
    producer.await.expect("the producer panicked")
}
// ANCHOR_END: backpressure

// ANCHOR: consumer
/// Waits for the next item. The lock is released when this returns, before
/// the item is processed, so the other consumers can take the next ones.
async fn take(receiver: &SharedReceiver) -> Option<u32> {
    receiver.lock().await.recv().await
}

/// Processes items until the channel is closed and empty; returns them.
async fn consumer(id: usize, receiver: SharedReceiver) -> Vec<u32> {
    let mut processed = Vec::new();
    while let Some(item) = take(&receiver).await {
        process(item).await;
        processed.push(item);
    }
    mark(&format!("consumer {id}: no more work"));
    processed
}
// ANCHOR_END: consumer

// ANCHOR: share
/// Sends items 1 to `items` to `consumers` consumers sharing one receiver.
/// Returns what each consumer processed.
async fn share_work(items: u32, consumers: usize) -> Vec<Vec<u32>> {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    // A tokio `Receiver` cannot be cloned: the consumers share it behind a lock.
    let receiver = Arc::new(Mutex::new(receiver));
    let handles: Vec<_> =
        (1..=consumers).map(|id| tokio::spawn(consumer(id, Arc::clone(&receiver)))).collect();
    for item in 1..=items {
        sender.send(item).await.expect("the consumers are gone");
    }
    // Python cancels its consumers now. Here dropping the last sender says
    // "no more items": the consumers process what is queued, then return.
    drop(sender);
    let results = join_all(handles).await;
    results.into_iter().map(|result| result.expect("a consumer panicked")).collect()
}
// ANCHOR_END: share

// ANCHOR: cancel
/// Puts `items`, then aborts the consumer the way asyncio cancels its
/// consumers, but without waiting for the work first. Returns how many items
/// were still in the channel then.
async fn cancel_the_consumer(items: u32) -> usize {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let consumer = tokio::spawn(consumer(1, Arc::new(Mutex::new(receiver))));
    for item in 1..=items {
        sender.send(item).await.expect("the consumer is gone");
    }
    let queued = sender.max_capacity() - sender.capacity();
    // The producer is done, the work is not.
    consumer.abort();
    let _ = consumer.await;
    queued
}
// ANCHOR_END: cancel

// ANCHOR: join
/// asyncio's count of unfinished items: each put adds one, each
/// `task_done()` removes one, and `join()` waits until none is left.
#[derive(Clone)]
struct Unfinished(Arc<watch::Sender<usize>>);

impl Unfinished {
    fn new() -> Self {
        Unfinished(Arc::new(watch::Sender::new(0)))
    }

    fn add(&self) {
        self.0.send_modify(|count| *count += 1);
    }

    fn task_done(&self) {
        self.0.send_modify(|count| *count -= 1);
    }

    async fn join(&self) {
        // `wait_for` looks at the count now, then after every change.
        let mut count = self.0.subscribe();
        let _ = count.wait_for(|count| *count == 0).await;
    }
}

async fn consumer_with_task_done(receiver: SharedReceiver, unfinished: Unfinished) {
    while let Some(item) = take(&receiver).await {
        process(item).await;
        unfinished.task_done();
    }
}

/// Two consumers live through both rounds; after putting a round's items
/// the producer waits for them all to be processed. Returns when it did.
async fn rounds_with_join() -> Vec<Duration> {
    let started = Instant::now();
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let unfinished = Unfinished::new();
    let consumers: Vec<_> = (0..2)
        .map(|_| tokio::spawn(consumer_with_task_done(receiver.clone(), unfinished.clone())))
        .collect();
    let mut joined = Vec::new();
    for (first, last) in ROUNDS {
        for item in first..=last {
            // Counted before it is sent, so that it cannot be done uncounted.
            unfinished.add();
            sender.send(item).await.expect("the consumers are gone");
        }
        // Python: await queue.join()
        unfinished.join().await;
        joined.push(started.elapsed());
    }
    drop(sender);
    join_all(consumers).await;
    joined
}
// ANCHOR_END: join

/// What section 5 measured.
struct Report {
    reason: Stop,
    stopped_at: Duration,
    queued: usize,
    produced: u32,
    processed: u32,
}

/// Why the producers of section 5 stopped.
#[derive(Clone, Copy)]
enum Stop {
    CtrlC,
    Deadline,
}

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Stop::CtrlC => "Ctrl-C",
            Stop::Deadline => "the deadline",
        })
    }
}

// ANCHOR: ctrl_c
/// Completes on Ctrl-C, or when `deadline` has passed.
async fn ctrl_c_or(deadline: Duration) -> Stop {
    tokio::select! {
        result = tokio::signal::ctrl_c() => match result {
            Ok(()) => Stop::CtrlC,
            // No handler could be installed: only the deadline is left.
            Err(_) => {
                sleep(deadline).await;
                Stop::Deadline
            }
        },
        () = sleep(deadline) => Stop::Deadline,
    }
}

/// Three producers, two consumers, until Ctrl-C or the deadline.
async fn until_stopped(deadline: Duration) -> Report {
    let started = Instant::now();
    let mut stop = pin!(ctrl_c_or(deadline));
    // `ctrl_c()` installs its handler when first polled, not when called:
    // poll once now, so that from here on Ctrl-C comes to us instead of
    // ending the process.
    let stopped_early = futures::poll!(stop.as_mut());
    let (sender, receiver) = mpsc::channel(4);
    let receiver = Arc::new(Mutex::new(receiver));
    let token = CancellationToken::new();
    let producers: Vec<_> =
        (1..=3).map(|id| tokio::spawn(producer(id, sender.clone(), token.clone()))).collect();
    let consumers: Vec<_> =
        (1..=2).map(|id| tokio::spawn(counting_consumer(id, receiver.clone()))).collect();
    println!(
        "3 producers and 2 consumers started: press Ctrl-C to stop early \
         (the producers stop by themselves after {})",
        secs(deadline)
    );
    let reason = match stopped_early {
        Poll::Ready(reason) => reason,
        Poll::Pending => stop.await,
    };
    let stopped_at = started.elapsed();
    let queued = sender.max_capacity() - sender.capacity();
    // The producers stop where they are and drop their senders as they
    // return; with this last one gone, the consumers see `None` once they
    // have emptied the channel.
    token.cancel();
    drop(sender);
    let produced = join_all(producers).await.into_iter().map(|r| r.expect("producer panicked"));
    let processed = join_all(consumers).await.into_iter().map(|r| r.expect("consumer panicked"));
    Report { reason, stopped_at, queued, produced: produced.sum(), processed: processed.sum() }
}

/// Makes an item every unit and puts it in the channel, until `token` is
/// cancelled. Returns how many items it put.
async fn producer(id: u32, sender: mpsc::Sender<u32>, token: CancellationToken) -> u32 {
    let mut produced = 0;
    traced(&format!("producer {id}"), async {
        while token.run_until_cancelled(sleep(UNIT)).await.is_some() {
            // Wait for room with `reserve`, not `send`: a `send` cancelled
            // while it waits drops the item it carries; a reservation that
            // is cancelled holds no item yet.
            let Some(room) = token.run_until_cancelled(sender.reserve()).await else { break };
            room.expect("the consumers are gone").send(id);
            produced += 1;
        }
    })
    .await;
    produced
}

/// Processes items (a unit each) until the channel is closed and empty.
/// Returns how many it processed.
async fn counting_consumer(id: u32, receiver: SharedReceiver) -> u32 {
    let mut processed = 0;
    traced(&format!("consumer {id}"), async {
        while take(&receiver).await.is_some() {
            sleep(UNIT).await;
            processed += 1;
        }
    })
    .await;
    processed
}
// ANCHOR_END: ctrl_c
