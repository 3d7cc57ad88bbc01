//! Given helpers for lesson 09: semaphores.
//!
//! `exercises/src/lesson09.rs` and `solutions/src/lesson09.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

use std::time::Duration;

use timeline::traced;

/// Downloads `name` (it takes `units` units) and returns the name. Given.
///
/// Call it once you hold a permit: its row on the timeline starts when the
/// download starts, so time spent waiting for a permit does not show up.
pub async fn download(name: &'static str, units: u64) -> &'static str {
    traced(name, tokio::time::sleep(Duration::from_secs(units))).await;
    name
}

/// A download that may fail.
#[derive(Clone, Copy, Debug)]
pub struct Download {
    /// What is downloaded; also its row on the timeline.
    pub name: &'static str,
    /// How long it takes, in units. A stalled download takes far longer than
    /// anyone wants to wait.
    pub units: u64,
    /// `Ok(size)` for success, `Err(message)` for failure.
    pub result: Result<u32, &'static str>,
}

/// Runs a download: after its units it returns its size, or its error as a
/// `String`. Given. Like [`download`], it traces only the download itself.
pub async fn fetch(download: Download) -> Result<u32, String> {
    traced(download.name, tokio::time::sleep(Duration::from_secs(download.units))).await;
    download.result.map_err(String::from)
}
