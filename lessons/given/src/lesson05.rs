//! Given helpers for lesson 05: cancellation.
//!
//! `exercises/src/lesson05.rs` and `solutions/src/lesson05.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

use std::time::Duration;

use timeline::{mark, traced};
use tokio::time::sleep;

/// Re-exported so that the graded tests can make a token too.
pub use tokio_util::sync::CancellationToken;

/// How long one step of [`work`] and one item of [`next_item`] take: 2 units.
pub const STEP: Duration = Duration::from_secs(2);

/// A worker for [`work`]: how many steps it has, and whether it breaks.
#[derive(Clone, Copy, Debug)]
pub struct Worker {
    /// How many steps of 2 units it does when nobody stops it.
    pub steps: u32,
    /// The step at which it panics instead of doing it, if any.
    pub breaks_at: Option<u32>,
}

/// Does the worker's steps, traced as "step 1", "step 2", ..., 2 units each,
/// and returns how many it did. On reaching its `breaks_at` step it panics
/// with "the worker broke at step N".
///
/// However it ends (finished, panicked or cancelled), its cleanup runs and
/// shows on the timeline as the instant "worker cleanup". Given.
pub async fn work(worker: Worker) -> u32 {
    let _cleanup = WorkerCleanup;
    for step in 1..=worker.steps {
        if worker.breaks_at == Some(step) {
            panic!("the worker broke at step {step}");
        }
        traced(&format!("step {step}"), sleep(STEP)).await;
    }
    worker.steps
}

/// The worker's synchronous cleanup, a drop guard: `drop` runs when [`work`]
/// returns, when it panics, and when its future is dropped (cancelled).
struct WorkerCleanup;

impl Drop for WorkerCleanup {
    fn drop(&mut self) {
        mark("worker cleanup");
    }
}

/// How a spawned task ended, as seen by whoever awaited its handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// It ran to the end and returned this.
    Finished(u32),
    /// It was cancelled (aborted) before it could end.
    Cancelled,
    /// It panicked.
    Panicked,
}

/// Waits for item number `n` to arrive (2 units, traced as "collect n") and
/// returns it. Given.
pub async fn next_item(n: u32) -> u32 {
    traced(&format!("collect {n}"), sleep(STEP)).await;
    n
}

/// Writes `buffer` out (2 units, traced as "flush") and returns how many
/// items it wrote. Given.
pub async fn flush(buffer: Vec<u32>) -> usize {
    traced("flush", sleep(STEP)).await;
    buffer.len()
}
