//! Lesson 16: signals between tasks and shared state.
//!
//! Tasks that run at once still have to agree: a worker waits until the
//! configuration is loaded, every worker follows the latest configuration,
//! a task hands one answer back to the one that asked, several listeners
//! hear every announcement, a group starts at the same instant, and two
//! tasks add to one counter without losing an update. asyncio has `Event`,
//! `Future`, `Barrier`, `Condition` and `Lock` for these; tokio has
//! `Notify`, the `watch`, `oneshot` and `broadcast` channels, `Barrier`,
//! `Mutex` and `RwLock`, and one more way to share state: give it to one
//! task and send that task requests.
//!
//! Run it: `cargo run -p lesson-16` (real clock) or
//! `cargo run -p lesson-16 -- --virtual-clock` (exact and instant).

use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use timeline::lesson::{ratio, secs, section, show, time_and_draw};
use timeline::{Recorder, Timeline, mark, traced};
use tokio::sync::{Barrier, Mutex, Notify, RwLock, broadcast, mpsc, oneshot, watch};
use tokio::time::{Instant, sleep, timeout};

/// One unit of the story. 40 ms keeps the whole lesson under 3 seconds.
const UNIT: Duration = Duration::from_millis(40);

fn units(n: u32) -> Duration {
    UNIT * n
}

fn main() -> anyhow::Result<()> {
    timeline::lesson::run("Lesson 16: signals between tasks and shared state", UNIT, lesson)
}

async fn lesson(recorder: Recorder) {
    section(1, "Notify: a start signal, sent before the worker waits");
    let (started, _) = time_and_draw(&recorder, start_signal(Signal::NotifyWaiters)).await;
    match started {
        Some(at) => println!("notify_waiters(): the worker started at {}", secs(at)),
        None => println!(
            "notify_waiters() at {}, while the worker still warmed up: nobody was waiting, \
             the signal was lost, and the worker was still waiting at {}",
            secs(units(2)),
            secs(units(6))
        ),
    }
    println!();
    let (started, _) = time_and_draw(&recorder, start_signal(Signal::NotifyOne)).await;
    if let Some(at) = started {
        println!(
            "notify_one() at {}: the permit was stored, and the worker that came to wait at \
             {} went on at once, at {}",
            secs(units(2)),
            secs(units(4)),
            secs(at)
        );
    }

    section(2, "watch: a value that changes; every worker reads the latest");
    let (used, _) = time_and_draw(&recorder, follow_config()).await;
    for (worker, used) in (1..).zip(&used) {
        println!("worker {worker} used configurations {used:?}");
    }
    println!("version 3 was replaced by 4 before any worker looked: nobody used it");
    println!();
    for line in send_to_nobody() {
        println!("{line}");
    }

    section(3, "oneshot: one answer, or a dropped sender");
    let (answers, _) = time_and_draw(&recorder, ask_twice()).await;
    for answer in answers {
        println!("{answer}");
    }

    section(4, "broadcast: every subscriber hears every message, unless it falls behind");
    let (heard, _) = time_and_draw(&recorder, announce()).await;
    for line in heard {
        println!("{line}");
    }
    println!();
    let (got, kept) = eight_into_three().await;
    println!("broadcast::channel(3), 8 messages sent before the receiver read any:");
    println!("recv() gave {}: the channel kept {kept}, not 3", got.join(", "));

    section(5, "Barrier: start at the same instant");
    recorder.restart();
    let runs = start_together().await;
    // The barrier wakes its waiters in no fixed order: rows that start at
    // one instant are drawn by name, so that every run prints the same.
    let mut rows = recorder.timeline().spans().to_vec();
    rows.sort_by(|a, b| (a.start, &a.label).cmp(&(b.start, &b.label)));
    show(&Timeline::new(rows));
    println!("the runs started at {}: when the last worker was ready", runs.join(", "));

    section(6, "Shared state: a Mutex or an RwLock around the data, or an actor that owns it");
    let (count, briefly) = time_and_draw(&recorder, count_visits(Lock::Briefly)).await;
    println!("lock taken only to add: count {count} in {}", secs(briefly));
    println!();
    let (count, held) = time_and_draw(&recorder, count_visits(Lock::AcrossTheVisit)).await;
    println!(
        "lock held across each visit: count {count} in {}, {} slower: the visitors took turns",
        secs(held),
        ratio(held, briefly)
    );
    println!();
    let (readers, _) = time_and_draw(&recorder, readers_and_a_writer()).await;
    for line in readers {
        println!("{line}");
    }
    println!();
    let ((replies, total), took) = time_and_draw(&recorder, actor_counter()).await;
    println!(
        "the actor replied {replies:?} and returned {total} in {} when the last sender was \
         dropped",
        secs(took)
    );
}

/// How section 1 gives the start signal.
#[derive(Clone, Copy)]
enum Signal {
    NotifyWaiters,
    NotifyOne,
}

// ANCHOR: notify
/// A worker warms up for 4 units, then waits for the start signal; the
/// signal comes at 2. Returns when the worker started, if it did within 6.
async fn start_signal(signal: Signal) -> Option<Duration> {
    let started = Instant::now();
    let start = Arc::new(Notify::new());
    let mut worker = tokio::spawn({
        let start = Arc::clone(&start);
        async move {
            traced("warm up", sleep(units(4))).await;
            // Python: await start.wait()
            traced("wait for the signal", start.notified()).await;
            traced("serve", sleep(units(1))).await;
            started.elapsed() - units(1)
        }
    });
    traced("load config", sleep(units(2))).await;
    match signal {
        // Wakes the tasks waiting now, and nobody else: nobody waits yet.
        Signal::NotifyWaiters => start.notify_waiters(),
        // Wakes one waiting task or, with none waiting, stores one permit.
        Signal::NotifyOne => start.notify_one(),
    }
    match timeout(units(4), &mut worker).await {
        Ok(result) => Some(result.expect("the worker panicked")),
        Err(_) => {
            // The worker still waits for a signal that will never come:
            // giving up on its handle does not stop it, abort it too.
            worker.abort();
            None
        }
    }
}
// ANCHOR_END: notify

// ANCHOR: watch
/// Two workers handle a request per unit, each with the configuration of
/// the moment; it changes at 0.5, 2.5 and 2.7 units.
async fn follow_config() -> Vec<Vec<u32>> {
    let (config, _) = watch::channel(1);
    let workers: Vec<_> = (1..=2)
        .map(|worker| {
            let latest = config.subscribe();
            tokio::spawn(async move {
                let mut used = Vec::new();
                for _ in 0..4 {
                    // Copy the value out: a borrow held across `.await` would
                    // keep the sender from updating it.
                    let now = *latest.borrow();
                    traced(&format!("worker {worker} config {now}"), sleep(UNIT)).await;
                    used.push(now);
                }
                used
            })
        })
        .collect();
    for (wait, version) in [(UNIT / 2, 2), (UNIT * 2, 3), (UNIT / 5, 4)] {
        sleep(wait).await;
        config.send_replace(version);
    }
    let used = join_all(workers).await;
    used.into_iter().map(|used| used.expect("a worker panicked")).collect()
}
// ANCHOR_END: watch

// ANCHOR: watch_send
/// `send` and `send_replace` on a watch channel that nobody listens to.
fn send_to_nobody() -> Vec<String> {
    // `channel` gives a receiver too; `_` drops it at once.
    let (config, _) = watch::channel(1);
    // Fails while no receiver exists, and stores nothing.
    let sent = config.send(2);
    let kept = *config.borrow();
    // Stores the value whether anyone listens or not; gives back the old one.
    let old = config.send_replace(3);
    let late = config.subscribe();
    let now = *late.borrow();
    vec![
        format!("with no receiver, send(2) gave {sent:?}: borrow() still holds {kept}"),
        format!(
            "send_replace(3) stored 3 and gave back {old}: a receiver subscribed later reads {now}"
        ),
    ]
}
// ANCHOR_END: watch_send

// ANCHOR: oneshot
/// Asks two tasks for an answer through a oneshot channel each: the first
/// answers after 2 units, the second gives up without answering.
async fn ask_twice() -> Vec<String> {
    // Python: future = loop.create_future(); ...; future.set_result(42)
    let (answer, answered) = oneshot::channel();
    let (no_answer, never) = oneshot::channel::<u32>();
    let helper = tokio::spawn(async move {
        traced("work out the answer", sleep(units(2))).await;
        // `send` takes the sender by value: one answer, at most.
        let _ = answer.send(42);
    });
    let quitter = tokio::spawn(async move {
        traced("give up", sleep(units(1))).await;
        // Dropped without a `send`: the receiver gets an error, not a hang.
        drop(no_answer);
    });
    let first = traced("wait for answer 1", answered).await;
    let second = traced("wait for answer 2", never).await;
    helper.await.expect("the helper panicked");
    quitter.await.expect("the quitter panicked");
    vec![format!("answer 1: {first:?}"), format!("answer 2: {second:?} (its sender was dropped)")]
}
// ANCHOR_END: oneshot

// ANCHOR: broadcast
/// Five messages, one per unit, to a reader that takes half a unit per
/// message and one that takes four and a half. The channel keeps 2.
async fn announce() -> Vec<String> {
    let (sender, _) = broadcast::channel(2);
    let readers: Vec<_> = [("fast", UNIT / 2), ("slow", UNIT * 9 / 2)]
        .into_iter()
        .map(|(name, pace)| {
            // Subscribe before the first message: a receiver only gets what
            // is sent after it exists.
            let mut receiver = sender.subscribe();
            tokio::spawn(async move {
                let (mut read, mut missed) = (Vec::new(), Vec::new());
                loop {
                    match receiver.recv().await {
                        Ok(message) => {
                            traced(&format!("{name} reads {message}"), sleep(pace)).await;
                            read.push(message);
                        }
                        // Fell behind: told how many it missed, it reads on.
                        Err(broadcast::error::RecvError::Lagged(n)) => missed.push(n),
                        Err(broadcast::error::RecvError::Closed) => break,
                    }
                }
                let lags: Vec<String> = missed.iter().map(|n| format!("Lagged({n})")).collect();
                format!("{name} reader read {read:?}; errors before Closed: [{}]", lags.join(", "))
            })
        })
        .collect();
    for message in 1..=5 {
        if message > 1 {
            sleep(UNIT).await;
        }
        let _ = sender.send(message);
    }
    // Closing the channel ends the readers once they have read what is left.
    drop(sender);
    join_all(readers).await.into_iter().map(|r| r.expect("a reader panicked")).collect()
}
// ANCHOR_END: broadcast

// ANCHOR: broadcast_capacity
/// Sends 8 messages into a broadcast channel of 3 before its receiver reads
/// any; returns what `recv()` gave, up to `Closed`, and how many messages
/// were still there to read.
async fn eight_into_three() -> (Vec<String>, usize) {
    let (sender, mut receiver) = broadcast::channel(3);
    for message in 1..=8 {
        sender.send(message).expect("the receiver is alive");
    }
    drop(sender);
    let (mut got, mut kept) = (Vec::new(), 0);
    loop {
        let result = receiver.recv().await;
        got.push(format!("{result:?}"));
        match result {
            Ok(_) => kept += 1,
            Err(broadcast::error::RecvError::Lagged(_)) => {}
            Err(broadcast::error::RecvError::Closed) => break,
        }
    }
    (got, kept)
}
// ANCHOR_END: broadcast_capacity

// ANCHOR: barrier
/// Three workers prepare for 3, 1 and 2 units, then run together.
async fn start_together() -> Vec<String> {
    let started = Instant::now();
    let barrier = Arc::new(Barrier::new(3));
    let workers: Vec<_> = [3, 1, 2]
        .into_iter()
        .enumerate()
        .map(|(index, prepare)| {
            let barrier = Arc::clone(&barrier);
            tokio::spawn(async move {
                traced(&format!("prepare {}", index + 1), sleep(units(prepare))).await;
                // Python: if await barrier.wait() == 0: ...
                if barrier.wait().await.is_leader() {
                    // One of the released workers, not a promised one.
                    mark("all ready");
                }
                let at = started.elapsed();
                traced(&format!("run {}", index + 1), sleep(UNIT)).await;
                secs(at)
            })
        })
        .collect();
    join_all(workers).await.into_iter().map(|r| r.expect("a worker panicked")).collect()
}
// ANCHOR_END: barrier

/// How section 6 uses its lock.
#[derive(Clone, Copy, PartialEq)]
enum Lock {
    Briefly,
    AcrossTheVisit,
}

// ANCHOR: mutex
/// Three visitors, two visits of a unit each; every visit adds one to a
/// shared counter.
async fn count_visits(lock: Lock) -> u64 {
    let counter = Arc::new(Mutex::new(0));
    let visitors: Vec<_> = (1..=3)
        .map(|visitor| {
            let counter = Arc::clone(&counter);
            tokio::spawn(async move {
                for page in 1..=2 {
                    let label = format!("visitor {visitor} page {page}");
                    if lock == Lock::Briefly {
                        traced(&label, sleep(UNIT)).await;
                        *counter.lock().await += 1;
                    } else {
                        // The guard lives until the end of the block: the
                        // other visitors wait for the whole visit.
                        let mut count = counter.lock().await;
                        traced(&label, sleep(UNIT)).await;
                        *count += 1;
                    }
                }
            })
        })
        .collect();
    join_all(visitors).await;
    *counter.lock().await
}
// ANCHOR_END: mutex

// ANCHOR: rwlock
/// Readers 1 and 2 ask for a shared page at 0 and read it for 3 units; a
/// writer asks at 1 and writes for 1; reader 3 asks at 2 and reads for 1.
async fn readers_and_a_writer() -> Vec<String> {
    let started = Instant::now();
    let page = Arc::new(RwLock::new(1));
    let readers: Vec<_> = [(1, 0, 3), (2, 0, 3), (3, 2, 1)]
        .into_iter()
        .map(|(reader, asks, reads)| {
            let page = Arc::clone(&page);
            tokio::spawn(async move {
                sleep(units(asks)).await;
                let asked = started.elapsed();
                // Any number of readers at once, but not while a writer
                // holds the lock or waits for it.
                let version = traced(&format!("reader {reader} waits"), page.read()).await;
                let got = started.elapsed();
                // The guard lives to the end of the task: through the read.
                traced(&format!("reader {reader} reads version {}", *version), sleep(units(reads)))
                    .await;
                format!(
                    "reader {reader} asked at {} and read version {} from {}",
                    secs(asked),
                    *version,
                    secs(got)
                )
            })
        })
        .collect();
    let writer = tokio::spawn(async move {
        sleep(units(1)).await;
        // Waits until no reader holds the lock; readers that ask after it
        // wait behind it.
        let mut version = traced("writer waits", page.write()).await;
        *version += 1;
        traced(&format!("writer writes version {}", *version), sleep(UNIT)).await;
    });
    let read = join_all(readers).await;
    writer.await.expect("the writer panicked");
    read.into_iter().map(|r| r.expect("a reader panicked")).collect()
}
// ANCHOR_END: rwlock

// ANCHOR: actor
/// What a client can ask the counter's owner.
enum Request {
    Add { amount: u64, reply: oneshot::Sender<u64> },
    Get { reply: oneshot::Sender<u64> },
}

/// Owns the counter: nobody else can touch it, so it needs no lock. Ends
/// when every sender is gone.
async fn actor(mut requests: mpsc::Receiver<Request>) -> u64 {
    let mut total = 0;
    while let Some(request) = requests.recv().await {
        match request {
            Request::Add { amount, reply } => {
                total += amount;
                traced(&format!("save {total}"), sleep(UNIT)).await;
                let _ = reply.send(total);
            }
            Request::Get { reply } => {
                let _ = reply.send(total);
            }
        }
    }
    total
}

/// Sends a request and waits for its reply.
async fn ask(
    requests: &mpsc::Sender<Request>,
    request: impl FnOnce(oneshot::Sender<u64>) -> Request,
) -> u64 {
    let (reply, answer) = oneshot::channel();
    requests.send(request(reply)).await.expect("the actor is gone");
    answer.await.expect("the actor dropped the reply")
}

/// Three clients add 2, 3 and 4 at once; then one asks for the total.
async fn actor_counter() -> (Vec<u64>, u64) {
    let (requests, inbox) = mpsc::channel(8);
    let owner = tokio::spawn(actor(inbox));
    let clients: Vec<_> = [2, 3, 4]
        .into_iter()
        .map(|amount| {
            let requests = requests.clone();
            tokio::spawn(
                async move { ask(&requests, |reply| Request::Add { amount, reply }).await },
            )
        })
        .collect();
    let mut replies: Vec<u64> =
        join_all(clients).await.into_iter().map(|r| r.expect("a client panicked")).collect();
    replies.push(ask(&requests, |reply| Request::Get { reply }).await);
    // The last sender: the actor's `recv` now gives `None`.
    drop(requests);
    (replies, owner.await.expect("the actor panicked"))
}
// ANCHOR_END: actor
