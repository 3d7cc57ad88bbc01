//! Lesson 05: cancellation.
//!
//! Grade with `cargo test lesson05`. One unit is one virtual second.

use std::time::Duration;

// The helpers these exercises use; read them in `lessons/given/src/lesson05.rs`.
pub use given::lesson05::{CancellationToken, Ending, STEP, Worker, flush, next_item, work};

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
/// step 3 is cancelled at 5, no step 4 ever starts, and "worker cleanup"
/// happens at 5, before you return. A worker of 2 steps is done at 4 and
/// gives `Finished(2)`; one that breaks at step 2 gives `Panicked`, not
/// `Cancelled`. Return after `after` in every case, also when the worker
/// ended sooner.
pub async fn stop_worker(worker: Worker, after: Duration) -> Ending {
    todo!()
}
// ANCHOR_END: stop_worker

// ANCHOR: stop_by_dropping
/// Run [`work`]`(worker)` here, in this function's own task (do not spawn
/// it), for at most `after`. Return `Some(steps)` if it finished in time, or
/// `None` if time ran out: then drop its future before you return, which
/// cancels it at its current `.await` and runs its cleanup, just as an abort
/// does.
///
/// asyncio has no bare "drop"; the closest is `asyncio.wait_for(work(), after)`,
/// which cancels the coroutine when time runs out (lesson 06).
///
/// Expect: a worker of 10 steps gives `None` after 5 units, with the same
/// timeline as [`stop_worker`]; a worker of 2 steps gives `Some(2)` after 4.
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
/// result is 2, returned at 7. Flush even an empty buffer: cancelled at 1,
/// "collect 1" is cancelled at 1, "flush" runs from 1 to 3, and the result
/// is 0.
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
/// the spawned task, and the function returns at 7 (with `after` 1 unit: 0
/// items, the flush from 1 to 3, returned at 3).
pub async fn shut_down_collector(after: Duration) -> usize {
    todo!()
}
// ANCHOR_END: shut_down_collector
