//! Lesson 01: sequential await, and how to get concurrency.
//!
//! Grade with `cargo test lesson01`. In these exercises one unit of cooking
//! time is one second on the grader's virtual clock.

use std::time::Duration;

use timeline::traced;

/// A dish and how many units it takes to cook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dish {
    /// What the dish is called; also its row on the timeline.
    pub name: &'static str,
    /// How long it cooks, in units (virtual seconds).
    pub units: u64,
}

/// Rice takes 3 units.
pub const RICE: Dish = Dish { name: "rice", units: 3 };
/// Vegetables take 5 units.
pub const VEGETABLES: Dish = Dish { name: "vegetables", units: 5 };
/// Meat takes 8 units.
pub const MEAT: Dish = Dish { name: "meat", units: 8 };

/// Cooks one dish and returns its name. Given: it waits without blocking, and
/// shows up on the timeline from its first poll to its end.
pub async fn cook(dish: Dish) -> &'static str {
    traced(dish.name, tokio::time::sleep(Duration::from_secs(dish.units))).await;
    dish.name
}

/// Sets the table: 2 units. Given.
pub async fn set_table() {
    traced("table", tokio::time::sleep(Duration::from_secs(2))).await;
}

// ANCHOR: cook_sequentially
/// Cook [`RICE`], then [`VEGETABLES`], then [`MEAT`], each one only after the
/// previous one is done, and return their names in that order.
///
/// asyncio: `await cook(rice)`, then `await cook(vegetables)`, ...
/// Expect dinner after 3 + 5 + 8 = 16 units.
///
/// Hint: `.await` each call to [`cook`] in turn.
pub async fn cook_sequentially() -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: cook_sequentially

// ANCHOR: cook_concurrently
/// Cook [`RICE`], [`VEGETABLES`] and [`MEAT`] at the same time, and return
/// their names in that order (not in the order they finish).
///
/// asyncio: `await asyncio.gather(cook(rice), cook(vegetables), cook(meat))`.
/// Expect dinner after 8 units: as long as the slowest dish, not the sum.
///
/// Hint: `tokio::join!(a, b, c)` polls all three futures in this one task
/// and returns a tuple when all are done.
pub async fn cook_concurrently() -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: cook_concurrently

// ANCHOR: cook_menu
/// Cook every dish of `menu` at the same time, however many there are, and
/// return their names in menu order.
///
/// asyncio: `await asyncio.gather(*(cook(d) for d in menu))`.
///
/// Hint: `tokio::join!` needs the futures written out; for a list built at
/// run time use `futures::future::join_all`.
pub async fn cook_menu(menu: Vec<Dish>) -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: cook_menu

// ANCHOR: prepare_then_cook
/// First create the three cooking futures (rice, vegetables, meat) and keep
/// them in variables. Then set the table ([`set_table`]). Then cook all three
/// concurrently and return their names in that order.
///
/// Before you run the test, predict: when does the rice start cooking? In
/// Python, a coroutine object also does nothing until awaited; a *task* would
/// start at once (that is lesson 02).
///
/// Hint: creating a future runs none of its body; `tokio::join!` on the three
/// variables starts them.
pub async fn prepare_then_cook() -> Vec<&'static str> {
    todo!()
}
// ANCHOR_END: prepare_then_cook
