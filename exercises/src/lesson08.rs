//! Lesson 08: as_completed: results as they arrive.
//!
//! Grade with `cargo test lesson08`. One unit is one virtual second.
//!
//! The story: requests A (3 units), B (1) and C (2), fetched at the same
//! time. They finish B, C, A. Each exercise returns every name with the
//! moment it reached your function, measured from the start of the call
//! with `tokio::time::Instant`: B at 1, C at 2, A at 3, not all three at 3
//! as they would be after gathering.

// The helpers these exercises use; read them in `lessons/given/src/lesson08.rs`.
pub use given::lesson08::{Arrival, fetch, save};

// ANCHOR: as_completed_in_tasks
/// Fetch every `(name, units)` request in a task of its own, all at the
/// same time, and return each name as its task ends, with the moment it
/// reached you.
///
/// asyncio: `for next_done in asyncio.as_completed(tasks): name = await
/// next_done`.
///
/// Expect: A 3, B 1 and C 2 give `[("B", 1 s), ("C", 2 s), ("A", 3 s)]`,
/// and the call returns after 3 units.
pub async fn as_completed_in_tasks(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    todo!()
}
// ANCHOR_END: as_completed_in_tasks

// ANCHOR: as_completed_in_place
/// The same, without spawning anything: the fetches are futures that run
/// inside your function. Return each name as its fetch ends, with the
/// moment it reached you.
///
/// asyncio: `asyncio.as_completed` wraps coroutines in tasks for you; Rust
/// can also drive the futures themselves, on the caller's task.
///
/// Expect: A 3, B 1 and C 2 give `[("B", 1 s), ("C", 2 s), ("A", 3 s)]`
/// after 3 units, and no fetch runs in a spawned task.
pub async fn as_completed_in_place(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    todo!()
}
// ANCHOR_END: as_completed_in_place

// ANCHOR: first_n_completed
/// Fetch every request in a task of its own, all at the same time, and
/// return the first `n` names to arrive (all of them if there are fewer),
/// with the moment each reached you. Stop the fetches still running, and
/// return only once they have stopped.
///
/// asyncio: take `n` results from `asyncio.as_completed(tasks)`, then
/// `task.cancel()` the rest and `await asyncio.gather(*rest,
/// return_exceptions=True)` so that they are gone before you go on.
///
/// Expect: A 3, B 1, C 2 and `n = 2` give `[("B", 1 s), ("C", 2 s)]` after 2
/// units; A is stopped at 2, before you return. `n = 0` gives `[]` at
/// once, every fetch stopped; `n = 5` gives all three.
pub async fn first_n_completed(requests: Vec<(&'static str, u64)>, n: usize) -> Vec<Arrival> {
    todo!()
}
// ANCHOR_END: first_n_completed

// ANCHOR: save_as_completed
/// Fetch every request in a task of its own, all at the same time, and
/// [`save`] each result as soon as it arrives, one save at a time. The
/// fetches still running must go on while you save. Return each name with
/// the moment it reached you (before its save).
///
/// asyncio: `for next_done in asyncio.as_completed(tasks): await
/// save(await next_done)`; the tasks keep running while the loop awaits the
/// save.
///
/// Expect: A 3, B 1 and C 2 give `[("B", 1 s), ("C", 3 s), ("A", 5 s)]`:
/// B is saved from 1 to 3, C (done at 2) from 3 to 5, A (done at 3) from 5
/// to 7. The fetches still end at 1, 2 and 3; the call returns after 7.
pub async fn save_as_completed(requests: Vec<(&'static str, u64)>) -> Vec<Arrival> {
    todo!()
}
// ANCHOR_END: save_as_completed
