//! Given helpers for lesson 09: semaphores.
//!
//! `exercises/src/lesson09.rs` and `solutions/src/lesson09.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

use std::time::Duration;

use timeline::traced;

/// Downloads `name` (it takes `takes`) and returns the name. Given.
///
/// Call it once you hold a permit: its row on the timeline starts when the
/// download starts, so time spent waiting for a permit does not show up.
pub async fn download(name: &'static str, takes: Duration) -> &'static str {
    traced(name, tokio::time::sleep(takes)).await;
    name
}

/// A download that may fail.
#[derive(Clone, Copy, Debug)]
pub struct Download {
    /// What is downloaded; also its row on the timeline.
    pub name: &'static str,
    /// How long it takes. A stalled download takes far longer than anyone
    /// wants to wait.
    pub takes: Duration,
    /// `Ok(size)` for success, `Err(message)` for failure.
    pub result: Result<u32, &'static str>,
}

/// Runs a download: after the time it takes it returns its size, or its
/// error as a `String`. Given. Like [`download`], it traces only the
/// download itself.
pub async fn fetch(download: Download) -> Result<u32, String> {
    traced(download.name, tokio::time::sleep(download.takes)).await;
    download.result.map_err(String::from)
}
