//! Given helpers for lesson 04: TaskGroup: structured concurrency.
//!
//! `exercises/src/lesson04.rs` and `solutions/src/lesson04.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

use std::time::Duration;

use timeline::{mark, traced};

/// A job: how long it runs and what it ends with.
#[derive(Clone, Copy, Debug)]
pub struct Job {
    /// What the job is called; also its row on the timeline.
    pub name: &'static str,
    /// How long it runs, in units.
    pub units: u64,
    /// `Ok(value)` for success, `Err(message)` for failure.
    pub result: Result<u32, &'static str>,
}

/// Runs a job: after its units it returns its value, or its error as a
/// `String`. Given.
///
/// However the job stops (it finishes, it fails, or it is cancelled where it
/// stands) its cleanup runs, like a `finally:` block, and the timeline
/// records it as `"<name>: cleanup"` at that moment.
pub async fn run_job(job: Job) -> Result<u32, String> {
    let _cleanup = Cleanup { name: job.name };
    traced(job.name, tokio::time::sleep(Duration::from_secs(job.units))).await;
    job.result.map_err(String::from)
}

/// Undoes what the job `name` had started; takes 1 unit and is recorded as
/// `"<name>: roll back"`. Given.
///
/// It has to be awaited, so no `Drop` can run it: an aborted task never gets
/// the chance. Only a task that is asked to stop, and stops by itself, can.
pub async fn roll_back(name: &'static str) {
    traced(&format!("{name}: roll back"), tokio::time::sleep(Duration::from_secs(1))).await;
}

/// Synchronous cleanup: `Drop` runs on every way out of [`run_job`],
/// including the future being dropped mid-`.await`.
struct Cleanup {
    name: &'static str,
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        mark(&format!("{}: cleanup", self.name));
    }
}
