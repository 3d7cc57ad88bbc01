//! Given helpers for lesson 02: tasks.
//!
//! `exercises/src/lesson02.rs` and `solutions/src/lesson02.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

use std::collections::HashMap;
use std::time::Duration;

use timeline::{mark, traced};

/// What a chore hands back when it has run to its end: proof that it was
/// done. Only [`chore`] makes one (the field is private), so the `Done` of a
/// chore that ran in a spawned task can only come from awaiting that task's
/// handle.
#[derive(Debug, PartialEq, Eq)]
pub struct Done {
    chore: &'static str,
}

impl Done {
    /// The name of the chore that was done.
    pub fn chore(&self) -> &'static str {
        self.chore
    }
}

/// Does a chore that takes `units` units and hands back its [`Done`]. Given.
pub async fn chore(name: &'static str, units: u64) -> Done {
    traced(name, tokio::time::sleep(Duration::from_secs(units))).await;
    Done { chore: name }
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

/// Which seat each guest has: build one with `SeatingPlan::from([(name,
/// seat), ...])`. Given.
///
/// A copy of a plan (`clone`) is recorded on the timeline as
/// [`PLAN_COPIED`], so the tests can see whether tasks shared one plan.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SeatingPlan {
    seats: HashMap<String, u32>,
}

/// The label of the mark a copy of a [`SeatingPlan`] leaves on the timeline.
pub const PLAN_COPIED: &str = "copy of the plan";

impl Clone for SeatingPlan {
    fn clone(&self) -> Self {
        mark(PLAN_COPIED);
        SeatingPlan { seats: self.seats.clone() }
    }
}

impl<const N: usize> From<[(String, u32); N]> for SeatingPlan {
    fn from(seats: [(String, u32); N]) -> Self {
        seats.into_iter().collect()
    }
}

impl FromIterator<(String, u32)> for SeatingPlan {
    fn from_iter<I: IntoIterator<Item = (String, u32)>>(seats: I) -> Self {
        SeatingPlan { seats: seats.into_iter().collect() }
    }
}

/// Leads `guest` to their seat and returns the seat number from the plan:
/// seat `n` is `n` units away. A guest who is not on the plan gets `None`,
/// after 1 unit spent looking for their name. Given.
pub async fn seat_guest(plan: &SeatingPlan, guest: &str) -> Option<u32> {
    let seat = plan.seats.get(guest).copied();
    let walk = seat.map_or(1, u64::from);
    traced(guest, tokio::time::sleep(Duration::from_secs(walk))).await;
    seat
}
