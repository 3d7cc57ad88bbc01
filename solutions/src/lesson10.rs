//! Lesson 10, solved: producer and consumer.

use std::sync::Arc;
use std::time::Duration;

use futures::future::join_all;
use tokio::sync::{Mutex, mpsc};
use tokio::time::Instant;

pub use given::lesson10::{
    CAPACITY, PROCESS, Receiver, SendError, Sender, SharedReceiver, Shutdown, process, put,
};

// ANCHOR: pipeline
/// The producer is a task of its own; the consumer loop runs here.
pub async fn pipeline(count: u32, capacity: usize) -> Vec<u32> {
    let (sender, mut receiver) = mpsc::channel(capacity);
    let producer = tokio::spawn(async move {
        for item in 1..=count {
            put(&sender, item).await.expect("the consumer is gone");
        }
    });
    let mut processed = Vec::new();
    // Ends when the producer has returned, dropping the only sender.
    while let Some(item) = receiver.recv().await {
        processed.push(process(item).await);
    }
    producer.await.expect("the producer panicked");
    processed
}
// ANCHOR_END: pipeline

// ANCHOR: consume
/// Locks the receiver only to take an item, then processes it unlocked.
pub async fn consume(receiver: SharedReceiver) -> Vec<u32> {
    let mut processed = Vec::new();
    loop {
        // The guard is a temporary of this statement: it is gone before the
        // item is processed.
        let next = receiver.lock().await.recv().await;
        let Some(item) = next else { break };
        processed.push(process(item).await);
    }
    processed
}
// ANCHOR_END: consume

// ANCHOR: share_work
/// Every sender is dropped once its batch is in; then the consumers drain
/// the channel and return.
pub async fn share_work(batches: Vec<Vec<u32>>, consumers: usize) -> Vec<u32> {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> =
        (0..consumers).map(|_| tokio::spawn(consume(Arc::clone(&receiver)))).collect();
    let producers: Vec<_> = batches
        .into_iter()
        .map(|batch| {
            let sender = sender.clone();
            tokio::spawn(async move {
                for item in batch {
                    put(&sender, item).await.expect("the consumers are gone");
                }
            })
        })
        .collect();
    drop(sender);
    for producer in join_all(producers).await {
        producer.expect("a producer panicked");
    }
    let shares = join_all(consumers).await;
    shares.into_iter().flat_map(|share| share.expect("a consumer panicked")).collect()
}
// ANCHOR_END: share_work

// ANCHOR: process_in_rounds
/// Each consumer acknowledges every item it has processed; a round is done
/// when every item in it has been acknowledged.
pub async fn process_in_rounds(rounds: Vec<Vec<u32>>, consumers: usize) -> Vec<Duration> {
    let started = Instant::now();
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let (done, mut acknowledged) = mpsc::unbounded_channel();
    let consumers: Vec<_> = (0..consumers)
        .map(|_| {
            let receiver = Arc::clone(&receiver);
            let done = done.clone();
            tokio::spawn(async move {
                loop {
                    let next = receiver.lock().await.recv().await;
                    let Some(item) = next else { break };
                    process(item).await;
                    // Python: queue.task_done()
                    let _ = done.send(());
                }
            })
        })
        .collect();
    let mut joined = Vec::new();
    for round in rounds {
        let items = round.len();
        for item in round {
            put(&sender, item).await.expect("the consumers are gone");
        }
        // Python: await queue.join()
        for _ in 0..items {
            acknowledged.recv().await.expect("the consumers are gone");
        }
        joined.push(started.elapsed());
    }
    drop(sender);
    for consumer in join_all(consumers).await {
        consumer.expect("a consumer panicked");
    }
    joined
}
// ANCHOR_END: process_in_rounds

// ANCHOR: run_until_stopped
/// The producing loop never ends by itself: `stop` winning the `select!`
/// drops it, with whatever put it was waiting in.
pub async fn run_until_stopped(stop: impl Future<Output = ()>, consumers: usize) -> Shutdown {
    let (sender, receiver) = mpsc::channel(CAPACITY);
    let receiver = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> =
        (0..consumers).map(|_| tokio::spawn(consume(Arc::clone(&receiver)))).collect();
    let mut produced = Vec::new();
    let produce = async {
        for item in 1.. {
            put(&sender, item).await.expect("the consumers are gone");
            produced.push(item);
        }
    };
    tokio::select! {
        () = stop => {}
        () = produce => {}
    }
    // Closes the channel: the consumers drain it, then `recv` gives `None`.
    drop(sender);
    let shares = join_all(consumers).await;
    let processed = shares.into_iter().flat_map(|share| share.expect("a consumer panicked"));
    Shutdown { produced, processed: processed.collect() }
}
// ANCHOR_END: run_until_stopped
