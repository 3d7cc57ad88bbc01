//! Lesson 07, solved: wait.

use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::{JoinHandle, JoinSet};

pub use given::lesson07::{Job, read_batch, run_job, send_items};

// ANCHOR: first_completed
/// `select_all` hands back the handles it did not finish with. They are
/// tasks, so they keep running whether or not anyone awaits them.
pub async fn first_completed(
    jobs: Vec<Job>,
) -> (Result<u32, String>, Vec<JoinHandle<Result<u32, String>>>) {
    let tasks = jobs.into_iter().map(|job| tokio::spawn(run_job(job)));
    let (first, _index, pending) = futures::future::select_all(tasks).await;
    let first = first.unwrap_or_else(|panicked| Err(panicked.to_string()));
    (first, pending)
}
// ANCHOR_END: first_completed

// ANCHOR: first_exception
/// Stops waiting at the first `Err`; the set goes back with the tasks that
/// are still running.
pub async fn first_exception(
    jobs: Vec<Job>,
) -> (Vec<Result<u32, String>>, JoinSet<Result<u32, String>>) {
    let mut set: JoinSet<_> = jobs.into_iter().map(run_job).collect();
    let mut done = Vec::new();
    while let Some(joined) = set.join_next().await {
        // A panic is a failure too, as any exception is in Python.
        let outcome = joined.unwrap_or_else(|panicked| Err(panicked.to_string()));
        let failed = outcome.is_err();
        done.push(outcome);
        if failed {
            break;
        }
    }
    (done, set)
}
// ANCHOR_END: first_exception

// ANCHOR: all_completed
/// `join_all` on a `JoinSet` collects in the order the tasks end.
pub async fn all_completed(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    let set: JoinSet<_> = jobs.into_iter().map(run_job).collect();
    set.join_all().await
}
// ANCHOR_END: all_completed

// ANCHOR: wait_with_progress
/// The job's future lives outside the loop; each round polls it through
/// `&mut`, so a round that the timer wins leaves it where it was.
pub async fn wait_with_progress(job: Job, every: Duration) -> (Result<u32, String>, u32) {
    let mut job = std::pin::pin!(run_job(job));
    let mut reports = 0;
    loop {
        tokio::select! {
            // The job first: when it ends just as a report falls due, it has
            // ended, and the report is not counted.
            biased;
            outcome = &mut job => return (outcome, reports),
            () = tokio::time::sleep(every) => reports += 1,
        }
    }
}
// ANCHOR_END: wait_with_progress

// ANCHOR: batch_items
/// The batch being filled lives outside the `select!`, and the only branch
/// that takes items, `recv`, is cancellation safe.
pub async fn batch_items(
    mut rx: mpsc::Receiver<u32>,
    size: usize,
    flush_every: Duration,
) -> Vec<Vec<u32>> {
    let mut batches = Vec::new();
    let mut batch = Vec::with_capacity(size);
    // `interval` would tick at once; the first flush is due after one period.
    let start = tokio::time::Instant::now();
    let mut flushes = tokio::time::interval_at(start + flush_every, flush_every);
    loop {
        tokio::select! {
            item = rx.recv() => match item {
                Some(item) => {
                    batch.push(item);
                    if batch.len() == size {
                        batches.push(std::mem::take(&mut batch));
                    }
                }
                None => break,
            },
            _ = flushes.tick() => {
                if !batch.is_empty() {
                    batches.push(std::mem::take(&mut batch));
                }
            }
        }
    }
    if !batch.is_empty() {
        batches.push(batch);
    }
    batches
}
// ANCHOR_END: batch_items
