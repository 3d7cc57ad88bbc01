//! Lesson 05: cancellation.
//!
//! Grade with `cargo test lesson05`. One unit is one virtual second.

use std::time::Duration;

use timeline::{mark, traced};
use tokio::time::sleep;

/// Re-exported so that the graded tests can make a token too.
pub use tokio_util::sync::CancellationToken;

/// How long one step of [`work`] and one item of [`next_item`] take: 2 units.
pub const STEP: Duration = Duration::from_secs(2);

/// A worker for [`work`]: how many steps it has, and whether it breaks.
#[derive(Clone, Copy, Debug)]
pub struct Worker {
    /// How many steps of 2 units it does when nobody stops it.
    pub steps: u32,
    /// The step at which it panics instead of doing it, if any.
    pub breaks_at: Option<u32>,
}

/// Does the worker's steps, traced as "step 1", "step 2", ..., 2 units each,
/// and returns how many it did. On reaching its `breaks_at` step it panics
/// with "the worker broke at step N".
///
/// However it ends (finished, panicked or cancelled), its cleanup runs and
/// shows on the timeline as the instant "worker cleanup". Given.
pub async fn work(worker: Worker) -> u32 {
    let _cleanup = WorkerCleanup;
    for step in 1..=worker.steps {
        if worker.breaks_at == Some(step) {
            panic!("the worker broke at step {step}");
        }
        traced(&format!("step {step}"), sleep(STEP)).await;
    }
    worker.steps
}

/// The worker's synchronous cleanup, a drop guard: `drop` runs when [`work`]
/// returns, when it panics, and when its future is dropped (cancelled).
struct WorkerCleanup;

impl Drop for WorkerCleanup {
    fn drop(&mut self) {
        mark("worker cleanup");
    }
}

/// How a spawned task ended, as seen by whoever awaited its handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// It ran to the end and returned this.
    Finished(u32),
    /// It was cancelled (aborted) before it could end.
    Cancelled,
    /// It panicked.
    Panicked,
}

/// Waits for item number `n` to arrive (2 units, traced as "collect n") and
/// returns it. Given.
pub async fn next_item(n: u32) -> u32 {
    traced(&format!("collect {n}"), sleep(STEP)).await;
    n
}

/// Writes `buffer` out (2 units, traced as "flush") and returns how many
/// items it wrote. Given.
pub async fn flush(buffer: Vec<u32>) -> usize {
    traced("flush", sleep(STEP)).await;
    buffer.len()
}

// ANCHOR: stop_worker
/// Spawn [`work`]`(worker)` as a task, wait `after`, abort the task, then
/// await its handle and return how it ended: [`Ending::Finished`] with its
/// result if it was already done, [`Ending::Cancelled`] if the abort stopped
/// it, [`Ending::Panicked`] if it panicked.
///
/// asyncio: `task = asyncio.create_task(work())`, `await asyncio.sleep(after)`,
/// `task.cancel()`, then `await task` inside `try` / `except CancelledError`.
///
/// Expect: a worker of 10 steps stopped after 5 units finishes steps 1 and 2,
/// step 3 is cancelled at 5, "worker cleanup" happens at 5, and no step 4
/// ever starts. Return after `after` in every case.
///
/// Hint: `handle.abort()`, then `handle.await`: an `Err(JoinError)` says
/// which it was with `is_cancelled()` and `is_panic()`. Aborting a task that
/// has already ended does nothing.
pub async fn stop_worker(worker: Worker, after: Duration) -> Ending {
    todo!()
}
// ANCHOR_END: stop_worker

// ANCHOR: stop_by_dropping
/// Run [`work`]`(worker)` here, in this function's own task (do not spawn
/// it), for at most `after`. Return `Some(steps)` if it finished in time, or
/// `None` if time ran out: then drop its future, which cancels it at its
/// current `.await` and runs its cleanup, just as an abort does.
///
/// asyncio has no bare "drop"; the closest is `asyncio.wait_for(work(), after)`,
/// which cancels the coroutine when time runs out (lesson 06).
///
/// Expect: a worker of 10 steps gives `None` after 5 units, with the same
/// timeline as [`stop_worker`]; a worker of 2 steps gives `Some(2)` after 4.
///
/// Hint: `tokio::select!` with two branches, `work(worker)` and
/// `tokio::time::sleep(after)`: the branch that loses is dropped.
pub async fn stop_by_dropping(worker: Worker, after: Duration) -> Option<u32> {
    todo!()
}
// ANCHOR_END: stop_by_dropping

// ANCHOR: collect_until_cancelled
/// Collect items 1, 2, 3, ... with [`next_item`] into a buffer until `token`
/// is cancelled. Stop at once, without waiting for the item in progress,
/// then write the buffer out with [`flush`] and return what it returns.
///
/// asyncio: `try: while True: buffer.append(await next_item(n))`, then
/// `except CancelledError: await flush(buffer)` and re-raise.
///
/// Expect, when the token is cancelled at 5: items 1 (0 to 2) and 2 (2 to 4)
/// arrive, "collect 3" is cancelled at 5, "flush" runs from 5 to 7, and the
/// result is 2, returned at 7.
///
/// Hint: `token.run_until_cancelled(next_item(n)).await` gives `None` once
/// the token is cancelled, dropping the item it was waiting for (or use
/// `tokio::select!` over `token.cancelled()` and `next_item(n)`). Nobody
/// stopped this function from outside, so after the loop it can `.await`
/// the flush.
pub async fn collect_until_cancelled(token: CancellationToken) -> usize {
    todo!()
}
// ANCHOR_END: collect_until_cancelled

// ANCHOR: shut_down_collector
/// The other side of [`collect_until_cancelled`] (write that one first):
/// make a [`CancellationToken`], spawn `collect_until_cancelled` with a clone
/// of it, wait `after`, cancel the token, then await the task, so that its
/// flush is done before you return. Return how many items it flushed.
///
/// asyncio: `task.cancel()` then `await task`, the flush being in the task's
/// `except CancelledError` block.
///
/// Expect, with `after` 5 units: 2 items flushed, the flush from 5 to 7 in
/// the spawned task, and the function returns at 7. Aborting the task
/// instead would skip the flush: an abort cannot wait for cleanup that
/// needs `.await`.
///
/// Hint: `token.clone()` for the task; `token.cancel()` only asks, and
/// `handle.await` waits for the answer.
pub async fn shut_down_collector(after: Duration) -> usize {
    todo!()
}
// ANCHOR_END: shut_down_collector
