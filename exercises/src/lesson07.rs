//! Lesson 07: wait: first completed, first exception, all completed.
//!
//! Grade with `cargo test lesson07`. One unit is one virtual second.
//!
//! The tests that get tasks back from your function wait for them
//! afterwards, and check on the timeline that they ended at their own
//! times: not cancelled, not started again.

use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::{JoinHandle, JoinSet};

// The helpers these exercises use; read them in `lessons/given/src/lesson07.rs`.
pub use given::lesson07::{Job, read_batch, run_job, send_items};

// ANCHOR: first_completed
/// Start every job as a task of its own, all at the same time, and return
/// as soon as the first one ends: its result (success or failure alike),
/// and the handles of the other tasks, which must still be running. Do not
/// cancel them and do not wait for them: whoever calls you may await the
/// handles later, and gets each job's result at the time the job ends by
/// itself. `jobs` is never empty.
///
/// asyncio: `done, pending = await asyncio.wait(tasks,
/// return_when=asyncio.FIRST_COMPLETED)`; the pending tasks keep running
/// and can be waited on again with `await asyncio.wait(pending)`.
///
/// Expect: A (3 units, 10), B (1 unit, 20) and C (2 units, 30) give
/// `Ok(20)` after 1 unit and two handles; awaiting them gives 10 and 30,
/// with A ending at 3 and C at 2, as if nobody had looked. If B fails with
/// "oops!" instead, `Err("oops!")` after 1 unit: a failure is a completion.
pub async fn first_completed(
    jobs: Vec<Job>,
) -> (Result<u32, String>, Vec<JoinHandle<Result<u32, String>>>) {
    todo!()
}
// ANCHOR_END: first_completed

// ANCHOR: first_exception
/// Start every job as a task in a `JoinSet` and wait until the first one
/// fails, or until all have ended if none fails. Return the results of the
/// jobs that have ended, in the order they ended (the failure last), and the
/// set with the tasks still running in it: not cancelled, not awaited.
///
/// asyncio: `done, pending = await asyncio.wait(tasks,
/// return_when=asyncio.FIRST_EXCEPTION)`. Nothing is raised: the failed task
/// sits in `done` with the ones that succeeded before it.
///
/// Expect: A (3 units, 10), B (1 unit, 20), C (2 units, fails with "oops!")
/// and D (5 units, 40) give `[Ok(20), Err("oops!")]` after 2 units and a set
/// of two tasks, which still end at 3 and 5. When the first job to end
/// fails, its failure alone. When nothing fails, every result in the order
/// they ended, after the slowest, and an empty set.
pub async fn first_exception(
    jobs: Vec<Job>,
) -> (Vec<Result<u32, String>>, JoinSet<Result<u32, String>>) {
    todo!()
}
// ANCHOR_END: first_exception

// ANCHOR: all_completed
/// Run every job at the same time and wait for all of them; return every
/// result, failures included, in the order the jobs ended (not the order of
/// `jobs`: that was `gather`, in lesson 03).
///
/// asyncio: `done, pending = await asyncio.wait(tasks)` (the default is
/// `return_when=asyncio.ALL_COMPLETED`): `pending` is empty, and a failure
/// is one more task in `done`.
///
/// Expect: A (3 units, 10), B (1 unit, fails with "oops!") and C (2 units,
/// 30) give `[Err("oops!"), Ok(30), Ok(10)]` after 3 units, the slowest.
pub async fn all_completed(jobs: Vec<Job>) -> Vec<Result<u32, String>> {
    todo!()
}
// ANCHOR_END: all_completed

// ANCHOR: wait_with_progress
/// Run the job, and count a progress report each time `every` passes while
/// it is still running. Return its result and the number of reports, as
/// soon as the job ends. The job must run once, from start to end. A report
/// that falls due at the very instant the job ends is not counted: the job
/// is no longer running.
///
/// asyncio: a task and `done, _ = await asyncio.wait({task},
/// timeout=every)` in a loop: the timeout returns an empty `done` and does
/// not cancel the task, so the next round waits for the same task again.
///
/// Expect: a download of 5 units with a report every 2 gives 2 reports (at
/// 2 and 4) and its result at 5; the download runs once, from 0 to 5. A job
/// of 1 unit gives 0 reports and its result at 1. A job of 4 units gives 1
/// report (at 2, not at 4) and its result at 4.
pub async fn wait_with_progress(job: Job, every: Duration) -> (Result<u32, String>, u32) {
    todo!()
}
// ANCHOR_END: wait_with_progress

// ANCHOR: batch_items
/// Receive every item from `rx` until the channel closes, grouped in
/// batches of `size`, in the order they came. A batch must not wait long:
/// every `flush_every` (at `flush_every`, twice that, and so on) the batch
/// being filled is handed over as it is, even if it is not full. An empty
/// batch is never handed over. When the channel closes, hand over what is
/// left and return at once. Not a single item may be lost.
///
/// asyncio: a loop on `asyncio.wait({get_task, tick_task},
/// return_when=FIRST_COMPLETED)`, where `get_task` is `queue.get()`.
/// Python's `wait` leaves the losing task running; `select!` drops it.
///
/// Expect, for ten items (sent at 0.5, 1.5, ... 9.5 by [`send_items`]), a
/// size of 3 and a flush every 4 units: `[[1, 2, 3], [4], [5, 6, 7], [8],
/// [9, 10]]`, returned at 9.5 when the channel closes. With a size of 2,
/// the batches fill up just before the flushes at 4 and 8, which find
/// nothing to hand over: `[[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]`.
/// With a size of 3 and a flush every 100 units: `[[1, 2, 3], [4, 5, 6],
/// [7, 8, 9], [10]]`, returned at 9.5, long before the first flush is due.
pub async fn batch_items(
    rx: mpsc::Receiver<u32>,
    size: usize,
    flush_every: Duration,
) -> Vec<Vec<u32>> {
    todo!()
}
// ANCHOR_END: batch_items
