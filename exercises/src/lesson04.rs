//! Lesson 04: TaskGroup: structured concurrency.
//!
//! Grade with `cargo test lesson04`. One unit is one virtual second.
//!
//! The tests end right after your function returns: a task it left running
//! is reported as a leak, and a cleanup that happens only after you have
//! returned shows up on the timeline after the row `returned`.

// The helpers these exercises use; read them in `lessons/given/src/lesson04.rs`.
pub use given::lesson04::{Job, roll_back, run_job};

// ANCHOR: task_group
/// A task group built on a `JoinSet`. Run every job (with [`run_job`]) in a
/// task of its own, all at the same time, and return only when every task
/// has stopped:
///
/// - when every job succeeds, `Ok` with their values in the order of `jobs`
///   (not the order they finish in), once the last one is done;
/// - as soon as one job fails, abort the jobs still running, wait until
///   their tasks have stopped, and return `Err` with every error, in any
///   order. A job that failed at the same moment as the first one counts
///   too: its error must not be lost. A job the group cancelled is not a
///   failure: it adds no error.
///
/// asyncio: `async with asyncio.TaskGroup() as tg:` with one
/// `tg.create_task(...)` per job; a failure cancels the other tasks, the
/// block still waits for them, then raises an `ExceptionGroup` holding every
/// failure (`except* ValueError as group:`).
///
/// Expect: task 1 (1 unit), task 2 (2 units, fails with "oops!") and slow
/// (10 units) give `Err(["oops!"])` after 2 units; slow is cancelled at 2
/// and its cleanup runs before you return.
pub async fn task_group(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    todo!()
}
// ANCHOR_END: task_group

// ANCHOR: first_to_finish
/// Run every job in a task of its own, all at the same time, and return the
/// result of the first one to end (success or failure). Abort the others,
/// and wait until they have stopped before you return.
///
/// asyncio: `done, pending = await asyncio.wait(tasks,
/// return_when=asyncio.FIRST_COMPLETED)`, then `task.cancel()` for each
/// pending task and `await asyncio.gather(*pending, return_exceptions=True)`
/// to wait until they are gone (leaving a `TaskGroup` block does that
/// waiting for you).
///
/// Expect: task 1 (3 units), task 2 (1 unit, returns 20) and slow (10 units)
/// give `Ok(20)` after 1 unit; task 1 and slow are cancelled at 1 and their
/// cleanups run before you return. If task 2 fails with "oops!" instead,
/// the result is `Err("oops!")`, at the same moment.
pub async fn first_to_finish(jobs: Vec<Job>) -> Result<u32, String> {
    todo!()
}
// ANCHOR_END: first_to_finish

// ANCHOR: task_group_with_tracker
/// The task group again, with cooperative cancellation instead of abort, so
/// that a cancelled job can clean up with `.await`. Same results as
/// [`task_group`]: `Ok(values in job order)`, or `Err(every error)`, a
/// job that failed at the same moment as the first one included, and a job
/// stopped by the token adding no error.
///
/// Spawn each job on a `tokio_util::task::TaskTracker`. Each task runs
/// [`run_job`] while watching a shared `tokio_util::sync::CancellationToken`:
/// a task whose job fails cancels the token; a task that sees the token
/// cancelled before its job is done stops the job, then calls
/// [`roll_back`] with the job's name and awaits it. Return when every task
/// has ended, roll backs included.
///
/// asyncio: the same `TaskGroup`, with a job that catches its cancellation to
/// clean up: `except asyncio.CancelledError: await roll_back(name); raise`.
/// The group waits for that too.
///
/// Expect: task 1 (1 unit), task 2 (2 units, fails with "oops!") and slow
/// (10 units) give `Err(["oops!"])` after 3 units: slow is cancelled at 2,
/// and rolls back from 2 to 3.
pub async fn task_group_with_tracker(jobs: Vec<Job>) -> Result<Vec<u32>, Vec<String>> {
    todo!()
}
// ANCHOR_END: task_group_with_tracker
