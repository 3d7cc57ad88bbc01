//! Lesson 16, solved: signals between tasks and shared state.

use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use tokio::sync::{Mutex, broadcast, mpsc};
use tokio::time::{Instant, sleep, sleep_until};

pub use given::lesson16::{
    CAPACITY, FIRST_CONFIG, Heard, Request, UNIT, add, announce, get, handle, load_config, prepare,
    read, run, save, serve, visit, warm_up,
};

// ANCHOR: start_after_load
/// `notify_one` stores a permit when nobody waits yet, so a worker that
/// arrives late still finds the signal.
pub async fn start_after_load(warm_up_time: Duration) {
    use tokio::sync::Notify;

    let start = Arc::new(Notify::new());
    let worker = tokio::spawn({
        let start = Arc::clone(&start);
        async move {
            warm_up(warm_up_time).await;
            start.notified().await;
            serve().await;
        }
    });
    load_config().await;
    start.notify_one();
    worker.await.expect("the worker panicked");
}
// ANCHOR_END: start_after_load

// ANCHOR: follow_config
/// Each worker looks at the channel's latest value before every request;
/// values it never looked at are simply skipped.
pub async fn follow_config(
    workers: usize,
    requests: u32,
    updates: Vec<(Duration, u32)>,
) -> Vec<Vec<u32>> {
    use tokio::sync::watch;

    let started = Instant::now();
    let (config, _) = watch::channel(FIRST_CONFIG);
    let handles: Vec<_> = (1..=workers)
        .map(|worker| {
            let latest = config.subscribe();
            tokio::spawn(async move {
                let mut used = Vec::new();
                for _ in 0..requests {
                    // Copy the value out: the borrow must not live across the `.await`.
                    let now = *latest.borrow();
                    handle(worker, now).await;
                    used.push(now);
                }
                used
            })
        })
        .collect();
    for (at, value) in updates {
        sleep_until(started + at).await;
        // `send_replace` stores the value even when no worker listens any more.
        config.send_replace(value);
    }
    let used = join_all(handles).await;
    used.into_iter().map(|used| used.expect("a worker panicked")).collect()
}
// ANCHOR_END: follow_config

// ANCHOR: publish
/// Every reader subscribes before the first message is sent; a reader that
/// falls behind is told how many messages it missed, and reads on.
pub async fn publish(messages: Vec<u32>, paces: Vec<Duration>) -> Vec<Heard> {
    let (sender, _) = broadcast::channel(CAPACITY);
    let readers: Vec<_> = (1..)
        .zip(paces)
        .map(|(reader, pace)| {
            let mut receiver = sender.subscribe();
            tokio::spawn(async move {
                let mut heard = Heard::default();
                loop {
                    match receiver.recv().await {
                        Ok(message) => {
                            read(reader, message, pace).await;
                            heard.read.push(message);
                        }
                        Err(broadcast::error::RecvError::Lagged(missed)) => heard.missed += missed,
                        Err(broadcast::error::RecvError::Closed) => break heard,
                    }
                }
            })
        })
        .collect();
    for (index, message) in messages.into_iter().enumerate() {
        if index > 0 {
            sleep(UNIT).await;
        }
        // Fails only when there are no readers at all: nobody to tell.
        let _ = sender.send(message);
    }
    // The readers see `Closed` once they have read what is left.
    drop(sender);
    let heard = join_all(readers).await;
    heard.into_iter().map(|heard| heard.expect("a reader panicked")).collect()
}
// ANCHOR_END: publish

// ANCHOR: start_together
/// The barrier counts the workers only: this function does not wait at it.
pub async fn start_together(preparations: Vec<Duration>) {
    use tokio::sync::Barrier;

    let barrier = Arc::new(Barrier::new(preparations.len()));
    let workers: Vec<_> = (1..)
        .zip(preparations)
        .map(|(worker, time)| {
            let barrier = Arc::clone(&barrier);
            tokio::spawn(async move {
                prepare(worker, time).await;
                // Exactly one of the released workers is told it leads.
                if barrier.wait().await.is_leader() {
                    announce().await;
                }
                run(worker).await;
            })
        })
        .collect();
    for worker in join_all(workers).await {
        worker.expect("a worker panicked");
    }
}
// ANCHOR_END: start_together

// ANCHOR: count_visits
/// The lock is taken only for the increment, never across the visit.
pub async fn count_visits(counter: Arc<Mutex<u64>>, visitors: usize, pages: u32) -> u64 {
    let handles: Vec<_> = (1..=visitors)
        .map(|visitor| {
            let counter = Arc::clone(&counter);
            tokio::spawn(async move {
                for page in 1..=pages {
                    visit(visitor, page).await;
                    *counter.lock().await += 1;
                }
            })
        })
        .collect();
    for handle in join_all(handles).await {
        handle.expect("a visitor panicked");
    }
    *counter.lock().await
}
// ANCHOR_END: count_visits

// ANCHOR: counter_actor
/// The total is a plain local variable: only this task ever touches it.
pub async fn counter_actor(mut requests: mpsc::Receiver<Request>) -> u64 {
    let mut total = 0;
    // `None` once every sender is dropped: nobody can ask anything any more.
    while let Some(request) = requests.recv().await {
        match request {
            Request::Add { amount, reply } => {
                total += amount;
                save(total).await;
                // The client may have stopped waiting; that is not our error.
                let _ = reply.send(total);
            }
            Request::Get { reply } => {
                let _ = reply.send(total);
            }
        }
    }
    total
}
// ANCHOR_END: counter_actor
