//! Lesson 05, solved: cancellation.

use std::time::Duration;

use tokio::time::sleep;

pub use given::lesson05::{CancellationToken, Ending, STEP, Worker, flush, next_item, work};

// ANCHOR: stop_worker
/// The abort stops the task at its current `.await`; the handle then tells a
/// cancellation apart from a panic.
pub async fn stop_worker(worker: Worker, after: Duration) -> Ending {
    let handle = tokio::spawn(work(worker));
    sleep(after).await;
    handle.abort();
    match handle.await {
        Ok(steps) => Ending::Finished(steps),
        Err(error) if error.is_cancelled() => Ending::Cancelled,
        Err(_) => Ending::Panicked,
    }
}
// ANCHOR_END: stop_worker

// ANCHOR: stop_by_dropping
/// When the deadline wins, `select!` drops the worker's future: that is the
/// cancellation, and the worker's cleanup runs as part of the drop.
pub async fn stop_by_dropping(worker: Worker, after: Duration) -> Option<u32> {
    tokio::select! {
        steps = work(worker) => Some(steps),
        () = sleep(after) => None,
    }
}
// ANCHOR_END: stop_by_dropping

// ANCHOR: collect_until_cancelled
/// `run_until_cancelled` drops the item in progress as soon as the token is
/// cancelled; the task itself goes on, so the flush can `.await`.
pub async fn collect_until_cancelled(token: CancellationToken) -> usize {
    let mut buffer = Vec::new();
    let mut n = 1;
    while let Some(item) = token.run_until_cancelled(next_item(n)).await {
        buffer.push(item);
        n += 1;
    }
    flush(buffer).await
}
// ANCHOR_END: collect_until_cancelled

// ANCHOR: shut_down_collector
/// Cancelling the token only asks; awaiting the handle (not aborting it)
/// lets the collector finish its flush.
pub async fn shut_down_collector(after: Duration) -> usize {
    let token = CancellationToken::new();
    let collector = tokio::spawn(collect_until_cancelled(token.clone()));
    sleep(after).await;
    token.cancel();
    collector.await.expect("the collector panicked")
}
// ANCHOR_END: shut_down_collector
