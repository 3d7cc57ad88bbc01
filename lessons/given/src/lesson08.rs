//! Given helpers for lesson 08: as_completed: results as they arrive.
//!
//! `exercises/src/lesson08.rs` and `solutions/src/lesson08.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

use std::time::Duration;

use timeline::{mark, traced};

/// A name, and when it reached your function: the time from the start of
/// the call (`Instant::now()` when the call began, `.elapsed()` when the
/// result came in).
pub type Arrival = (&'static str, Duration);

/// Fetches `name` one piece at a time, one unit per piece, for `units`
/// units, and returns the name. Given.
///
/// Each piece is its own `.await`, as when a response is read chunk by
/// chunk: the next piece starts only when something polls the fetch again.
/// A fetch that is stopped before it is done (its future dropped, its task
/// aborted) records `"<name>: stopped"` on the timeline at that moment.
pub async fn fetch(name: &'static str, units: u64) -> &'static str {
    let mut notice = StopNotice { name, done: false };
    traced(name, async {
        for _ in 0..units {
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    })
    .await;
    notice.done = true;
    name
}

/// Saves one result: it takes 2 units and is recorded as `"save <name>"`.
/// Given. Saves go one at a time (they all write to the same file).
pub async fn save(name: &'static str) {
    traced(&format!("save {name}"), tokio::time::sleep(Duration::from_secs(2))).await;
}

/// Marks `"<name>: stopped"` when dropped before the fetch is done.
struct StopNotice {
    name: &'static str,
    done: bool,
}

impl Drop for StopNotice {
    fn drop(&mut self) {
        if !self.done {
            mark(&format!("{}: stopped", self.name));
        }
    }
}
