//! Given helpers for lesson 02: tasks.
//!
//! `exercises/src/lesson02.rs` and `solutions/src/lesson02.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

use std::collections::HashMap;
use std::time::Duration;

use timeline::traced;

/// Does a chore that takes `units` units and returns its name. Given.
pub async fn chore(name: &'static str, units: u64) -> &'static str {
    traced(name, tokio::time::sleep(Duration::from_secs(units))).await;
    name
}

/// A chore that may go wrong.
#[derive(Clone, Copy, Debug)]
pub struct RiskyChore {
    /// What the chore is called.
    pub name: &'static str,
    /// How long it takes, in units.
    pub units: u64,
    /// Whether it panics at the end instead of finishing.
    pub breaks: bool,
}

/// Does a risky chore: after its units, it returns its name, or panics with
/// "the {name} broke" when it breaks. Given.
pub async fn risky_chore(chore: RiskyChore) -> &'static str {
    self::chore(chore.name, chore.units).await;
    if chore.breaks {
        panic!("the {} broke", chore.name);
    }
    chore.name
}

/// Which seat each guest has.
pub type SeatingPlan = HashMap<String, u32>;

/// Leads `guest` to their seat (1 unit) and returns the seat number from the
/// plan, or `None` for a guest who is not on it. Given.
pub async fn seat_guest(plan: &SeatingPlan, guest: &str) -> Option<u32> {
    traced(guest, tokio::time::sleep(Duration::from_secs(1))).await;
    plan.get(guest).copied()
}
