//! Given helpers for lesson 03: gather: all results, in order, and errors.
//!
//! `exercises/src/lesson03.rs` and `solutions/src/lesson03.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

use std::time::Duration;

use timeline::traced;

/// Fetches `name` (it takes `units` units) and returns the name. Given.
pub async fn fetch(name: &'static str, units: u64) -> &'static str {
    traced(name, tokio::time::sleep(Duration::from_secs(units))).await;
    name
}

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
pub async fn run_job(job: Job) -> Result<u32, String> {
    traced(job.name, tokio::time::sleep(Duration::from_secs(job.units))).await;
    job.result.map_err(String::from)
}
