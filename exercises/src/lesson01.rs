//! Lesson 01: sequential await, and how to get concurrency.
//!
//! Grade with `cargo test lesson01`. In these exercises one unit of cooking
//! time is one second on the grader's virtual clock.
//!
//! Every exercise here cooks inside the one task that calls it: no
//! `tokio::spawn` yet (tasks are lesson 02). The tests check that too.

// The helpers these exercises use; read them in `lessons/given/src/lesson01.rs`.
pub use given::lesson01::{Dish, MEAT, RICE, VEGETABLES, cook, set_table};

// ANCHOR: cook_sequentially
/// Cook [`RICE`], then [`VEGETABLES`], then [`MEAT`], each one only after the
/// previous one is done, right here in this function, and return their names
/// in that order.
///
/// asyncio: `await cook(rice)`, then `await cook(vegetables)`, ...
/// Expect dinner after 3 + 5 + 8 = 16 units.
///
/// Hint: each dish is one `.await`: three of them, one after the other.
///
/// Hint: `.await` each call to [`cook`] in turn.
pub async fn cook_sequentially() -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: cook_sequentially

// ANCHOR: cook_concurrently
/// Cook [`MEAT`], [`VEGETABLES`] and [`RICE`] at the same time, all inside
/// this one function, and return their names in that order: meat, vegetables,
/// rice (not in the order they finish, which is the other way round).
///
/// asyncio: `await asyncio.gather(cook(meat), cook(vegetables), cook(rice))`.
/// Expect dinner after 8 units: as long as the slowest dish, not the sum.
///
/// Hint: the dishes must wait at the same time, inside this one function: tokio
/// has a macro that awaits several futures together.
///
/// Hint: `tokio::join!(a, b, c)` polls all three futures in this one task
/// and returns a tuple when all are done.
pub async fn cook_concurrently() -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: cook_concurrently

// ANCHOR: cook_menu
/// Cook every dish of `menu` at the same time, inside this one function,
/// however many there are (none, seven, a thousand...), and return their
/// names in menu order.
///
/// asyncio: `await asyncio.gather(*(cook(d) for d in menu))`.
///
/// Hint: `join!` needs its futures written out in the source, but this menu's
/// length is known only at run time.
///
/// Hint: `tokio::join!` needs the futures written out; for a list built at
/// run time use `futures::future::join_all`.
pub async fn cook_menu(menu: Vec<Dish>) -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: cook_menu

// ANCHOR: prepare_then_cook
/// First create the three cooking futures (meat, vegetables, rice) and keep
/// them in variables. Then set the table ([`set_table`]). Then cook all three
/// concurrently, inside this one function, and return their names in that
/// order: meat, vegetables, rice.
///
/// Before you run the test, predict: when does the rice start cooking? In
/// Python, a coroutine object also does nothing until awaited; a *task* would
/// start at once (that is lesson 02).
///
/// Hint: make the three futures without awaiting them; nothing runs until they
/// are awaited.
///
/// Hint: creating a future runs none of its body; `tokio::join!` on the three
/// variables starts them.
pub async fn prepare_then_cook() -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: prepare_then_cook
