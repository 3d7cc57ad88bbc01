//! Lesson 06: timeouts.
//!
//! Grade with `cargo test lesson06`. One unit is one virtual second.
//!
//! The story: chopping brinjal (2 units), carrot (3), onion (12) and tomato
//! (5), where nobody waits more than 10 units for one vegetable.

use std::time::Duration;
use tokio::time::error::Elapsed;

// The helpers these exercises use; read them in `lessons/given/src/lesson06.rs`.
pub use given::lesson06::{TimedOut, chop};

// ANCHOR: chop_within
/// Chop one vegetable, but give up after `limit`: return `Ok(name)` if it
/// was done in time, `Err(TimedOut(name))` if not. Giving up must stop the
/// chopping, not only the waiting. Done at the very instant the limit passes
/// is in time.
///
/// asyncio: `await asyncio.wait_for(chop("onion", 12), 10)` raises
/// `TimeoutError` after 10 units and cancels the coroutine.
/// Expect: the onion (12) with a limit of 10 gives up at 10, and its chopping
/// is cancelled at 10; the carrot (3) is done at 3, not at 10; the tomato
/// (5) with a limit of 4 gives up at 4.
pub async fn chop_within(
    vegetable: &'static str,
    units: u64,
    limit: Duration,
) -> Result<&'static str, TimedOut> {
    todo!()
}
// ANCHOR_END: chop_within

// ANCHOR: chop_each_within
/// Chop every `(vegetable, units)` at the same time, each with its own
/// `limit`, and return one outcome per vegetable, in the order given. A
/// vegetable done at the very instant its limit passes is in time.
///
/// asyncio: `gather` over `wait_for(chop(..), 10)` for each vegetable (with
/// `return_exceptions=True`, or a `try` inside each).
/// Expect, for brinjal 2, carrot 3, onion 12, tomato 5 and a limit of 10:
/// `[Ok("brinjal"), Ok("carrot"), Err(TimedOut("onion")), Ok("tomato")]`
/// after 10 units; the onion is cancelled at 10, the others are done at 2,
/// 3 and 5. One slow vegetable fails alone. Given in another order, the
/// outcomes come back in that order. With a limit of 20 all four are `Ok`
/// after 12 units, when the slowest is done, not after 20.
pub async fn chop_each_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Vec<Result<&'static str, TimedOut>> {
    todo!()
}
// ANCHOR_END: chop_each_within

// ANCHOR: chop_all_within
/// Chop every `(vegetable, units)` at the same time under one deadline for
/// the whole batch: all the names, in the order given, or `Err(Elapsed)`
/// once `limit` has passed with any vegetable unfinished. All or nothing:
/// what was unfinished is cancelled, and what finished in time is lost. A
/// batch done at the very instant the deadline passes is in time.
///
/// asyncio: `await asyncio.wait_for(asyncio.gather(*chops), 10)`; the
/// timeout cancels the gather, which cancels every unfinished chop.
/// Expect, for the four vegetables and a limit of 10: `Err(Elapsed)` after
/// 10 units, with the same timeline as [`chop_each_within`] (brinjal, carrot
/// and tomato done, onion cancelled at 10) but no names at all. With a limit
/// of 4, brinjal and carrot are done at 2 and 3, onion and tomato are both
/// cancelled at 4, and the result is `Err(Elapsed)` at 4. With a limit of 20,
/// `Ok` with the four names in the order given, after 12 units.
pub async fn chop_all_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Result<Vec<&'static str>, Elapsed> {
    todo!()
}
// ANCHOR_END: chop_all_within

// ANCHOR: chop_in_task_within
/// Chop one vegetable in a spawned task, and give up waiting for it after
/// `limit`: `Ok(name)` in time, `Err(TimedOut(name))` if not. On giving up,
/// the task must be stopped too, as Python's `wait_for` does.
///
/// asyncio: `task = asyncio.create_task(chop("onion", 12))`, then
/// `await asyncio.wait_for(task, 10)`: the timeout cancels the task.
/// Expect: the onion (12) with a limit of 10 gives `Err` at 10, and its task
/// is cancelled at 10 and has stopped before the function returns; the
/// carrot (3) gives `Ok` at 3; the tomato (5) with a limit of 4 gives `Err`
/// at 4, its task cancelled at 4.
pub async fn chop_in_task_within(
    vegetable: &'static str,
    units: u64,
    limit: Duration,
) -> Result<&'static str, TimedOut> {
    todo!()
}
// ANCHOR_END: chop_in_task_within

// ANCHOR: chop_in_turn_within
/// Chop the vegetables one after another with one budget for the whole
/// sequence: each vegetable gets only what is left of `budget` when its turn
/// comes. Return all the names in order, or `Err(TimedOut(name))` for the
/// vegetable that was being chopped when the budget ran out. A vegetable
/// done at the very instant the budget runs out is in time.
///
/// asyncio: `async with asyncio.timeout(12):` around the loop of awaits
/// (or `asyncio.timeout_at(deadline)`).
/// Expect, for brinjal 2, carrot 3, onion 12, tomato 5 in turn and a budget
/// of 12: brinjal 0 to 2, carrot 2 to 5, then the onion gets the 7 units
/// left and is cancelled at 12: `Err(TimedOut("onion"))`, and the tomato
/// never starts. (A limit of 12 per vegetable would let the onion finish at
/// 17.) With a budget of 30, all four names after 22 units.
pub async fn chop_in_turn_within(
    vegetables: Vec<(&'static str, u64)>,
    budget: Duration,
) -> Result<Vec<&'static str>, TimedOut> {
    todo!()
}
// ANCHOR_END: chop_in_turn_within
