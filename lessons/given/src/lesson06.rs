//! Given helpers for lesson 06: timeouts.
//!
//! `exercises/src/lesson06.rs` and `solutions/src/lesson06.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

use std::time::Duration;

use timeline::traced;

/// Chops `vegetable` (it takes `units` units) and returns its name. Given.
pub async fn chop(vegetable: &'static str, units: u64) -> &'static str {
    traced(vegetable, tokio::time::sleep(Duration::from_secs(units))).await;
    vegetable
}

/// The chopping of this vegetable ran out of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimedOut(pub &'static str);
