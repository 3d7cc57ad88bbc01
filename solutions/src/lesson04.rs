//! Lesson 04, solved: TaskGroup.

use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

pub use given::lesson04::{Job, roll_back, run_job};

// ANCHOR: task_group
/// The loop is the `async with` block: it ends only when the set is empty,
/// so every task has finished or been cancelled when this returns.
pub async fn task_group(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    let mut set = JoinSet::new();
    for (index, job) in jobs.into_iter().enumerate() {
        // join_next hands results back in the order they finish; the index
        // says where each one belongs.
        set.spawn(async move { (index, run_job(job).await) });
    }
    let mut values = Vec::new();
    let mut errors = Vec::new();
    while let Some(joined) = set.join_next().await {
        let error = match joined {
            Ok((index, Ok(value))) => {
                values.push((index, value));
                continue;
            }
            Ok((_, Err(error))) => error,
            Err(aborted) if aborted.is_cancelled() => continue,
            // A panic is a failure too, as any exception is in Python.
            Err(panicked) => panicked.to_string(),
        };
        errors.push(error);
        // Not `shutdown()`: it would drop results that are already in,
        // and with them any other error that happened at the same moment.
        set.abort_all();
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    values.sort_by_key(|&(index, _)| index);
    Ok(values.into_iter().map(|(_, value)| value).collect())
}
// ANCHOR_END: task_group

// ANCHOR: first_to_finish
/// `shutdown` aborts the rest and, unlike dropping the set, waits for them.
pub async fn first_to_finish(jobs: Vec<Job>) -> Result<u32, String> {
    let mut set = JoinSet::new();
    for job in jobs {
        set.spawn(run_job(job));
    }
    let first = set.join_next().await.expect("there was at least one job");
    set.shutdown().await;
    first.map_err(|panicked| panicked.to_string())?
}
// ANCHOR_END: first_to_finish

// ANCHOR: task_group_with_tracker
/// Cancelling the token only asks: each task stops by itself, so it can
/// still await its roll back, and the tracker waits for that.
pub async fn task_group_with_tracker(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    use std::sync::{Arc, Mutex};

    let tracker = TaskTracker::new();
    let token = CancellationToken::new();
    // One slot per job, filled by its task.
    let slots = Arc::new(Mutex::new(vec![None; jobs.len()]));
    for (index, job) in jobs.into_iter().enumerate() {
        let token = token.clone();
        let slots = Arc::clone(&slots);
        tracker.spawn(async move {
            let outcome = tokio::select! {
                // A job that ended at the same moment as the token fired
                // still counts: its error must not be lost.
                biased;
                outcome = run_job(job) => outcome,
                () = token.cancelled() => {
                    roll_back(job.name).await;
                    return;
                }
            };
            if outcome.is_err() {
                token.cancel();
            }
            slots.lock().expect("no task panics holding the lock")[index] = Some(outcome);
        });
    }
    tracker.close();
    tracker.wait().await;
    let slots = std::mem::take(&mut *slots.lock().expect("no task panics holding the lock"));
    let mut values = Vec::new();
    let mut errors = Vec::new();
    // A slot left empty belongs to a job stopped by the token.
    for outcome in slots.into_iter().flatten() {
        match outcome {
            Ok(value) => values.push(value),
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() { Ok(values) } else { Err(errors) }
}
// ANCHOR_END: task_group_with_tracker
