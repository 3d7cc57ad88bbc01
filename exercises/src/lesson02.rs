//! Lesson 02: tasks.
//!
//! Grade with `cargo test lesson02`. One unit is one virtual second.

// The helpers these exercises use; read them in `lessons/given/src/lesson02.rs`.
pub use given::lesson02::{Done, RiskyChore, SeatingPlan, chore, risky_chore, seat_guest};

// ANCHOR: do_chores
/// The chores story, each chore done with [`chore`]. Spawn "laundry" (5
/// units) and "dishes" (2 units) as two tasks, then await the laundry's
/// handle, then the dishes'. Only after both, spawn "ironing" (7 units) and
/// await it. Return the three [`Done`]s the tasks handed back, in that order:
/// laundry, dishes, ironing.
///
/// A `Done` comes only from a chore that ran to its end, so the dishes' one
/// is yours only if you await the dishes' handle, even though that task is
/// over long before you do.
///
/// asyncio: `a = asyncio.create_task(...)`, `b = asyncio.create_task(...)`,
/// `await a`, `await b`, then `c = asyncio.create_task(...)`, `await c`.
/// Expect: the dishes are done at 2 even though you await the laundry first;
/// both are done at 5; the ironing runs from 5 to 12.
pub async fn do_chores() -> Vec<Done> {
    todo!()
}
// ANCHOR_END: do_chores

// ANCHOR: cook_during_laundry
/// Start the laundry ([`chore`] "laundry", 5 units) as a task that runs in
/// the background, cook ("cooking", 3 units) right here in this function
/// meanwhile, not in a task, then wait for the laundry. Return the two
/// [`Done`]s: `(cooking, laundry)`.
///
/// asyncio: `laundry = asyncio.create_task(chore("laundry", 5))`,
/// `cooking = await chore("cooking", 3)`, then `await laundry`.
/// Expect 5 units in all, not 3 + 5 = 8.
pub async fn cook_during_laundry() -> (Done, Done) {
    todo!()
}
// ANCHOR_END: cook_during_laundry

// ANCHOR: supervise
/// Run `chore` ([`risky_chore`]) in a spawned task and report how it went:
/// `Ok(name)` when it finished, `Err(message)` with the panic's own message
/// (the text given to `panic!`, such as "the vacuum cleaner broke") when it
/// panicked. A panic must not escape from this function.
///
/// asyncio: `try: await task` / `except Exception as e: return str(e)`.
pub async fn supervise(chore: RiskyChore) -> Result<&'static str, String> {
    todo!()
}
// ANCHOR_END: supervise

// ANCHOR: seat_everyone
/// Seat every guest in `guests` at the same time with [`seat_guest`], one
/// spawned task per guest, and return their seats in the order of `guests`,
/// not in the order they sit down (the nearest seats are reached first). A
/// guest who is not on the plan gets `None`. All the tasks share the one
/// plan: do not make a copy of it for each guest (a copy of a
/// [`SeatingPlan`] shows on the timeline).
///
/// asyncio: one `asyncio.create_task(seat_guest(plan, guest))` per guest,
/// then `await` each task in guest order.
/// Expect: Linus (seat 2), Ada (3), Barbara (not on the plan) and Grace (1)
/// give `[Some(2), Some(3), None, Some(1)]` after 3 units.
pub async fn seat_everyone(plan: SeatingPlan, guests: Vec<String>) -> Vec<Option<u32>> {
    todo!()
}
// ANCHOR_END: seat_everyone
