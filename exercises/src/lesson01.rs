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
/// Expect: all of them in flight at once, with no cap on how many, so the
/// menu takes as long as its longest dish: 1111 dishes of 1 unit each take
/// 1 unit. An empty menu gives an empty list at once, after 0 units.
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
pub async fn prepare_then_cook() -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: prepare_then_cook
