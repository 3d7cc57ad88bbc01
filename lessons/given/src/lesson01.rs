//! Given helpers for lesson 01: sequential await, and how to get concurrency.
//!
//! `exercises/src/lesson01.rs` and `solutions/src/lesson01.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

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
