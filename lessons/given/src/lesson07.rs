//! Given helpers for lesson 07: wait: first completed, first exception, all completed.
//!
//! `exercises/src/lesson07.rs` and `solutions/src/lesson07.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

use std::time::Duration;

use timeline::{mark, traced};
use tokio::sync::mpsc;

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

/// Sends `1, 2, ..., count` on `tx`: the first half a unit from now, then
/// one every unit (the last at `count - 0.5` units). Then it drops `tx`,
/// which closes the channel. It stops early if the receiver is gone. Given;
/// recorded as `"producer"`.
pub async fn send_items(tx: mpsc::Sender<u32>, count: u32) {
    traced("producer", async move {
        tokio::time::sleep(Duration::from_millis(500)).await;
        for item in 1..=count {
            if item > 1 {
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            if tx.send(item).await.is_err() {
                return;
            }
        }
    })
    .await;
}

/// Takes up to `size` items off the channel, fewer if it closes first.
// ANCHOR: read_batch
/// Given, and a trap: it is **not cancellation safe**. The items it has
/// taken wait inside the future until it returns, so when it is dropped
/// half way (a `select!` in which another branch won), they are gone for
/// good. The timeline records each call as `"read_batch"` and, when one is
/// dropped holding items, `"dropped holding [..]"`.
pub async fn read_batch(rx: &mut mpsc::Receiver<u32>, size: usize) -> Vec<u32> {
    traced("read_batch", async {
        let mut batch = Held(Vec::new());
        while batch.0.len() < size {
            match rx.recv().await {
                Some(item) => batch.0.push(item),
                None => break,
            }
        }
        std::mem::take(&mut batch.0)
    })
    .await
}

/// Marks on the timeline what a dropped [`read_batch`] was holding.
struct Held(Vec<u32>);

impl Drop for Held {
    fn drop(&mut self) {
        if !self.0.is_empty() {
            mark(&format!("dropped holding {:?}", self.0));
        }
    }
}
// ANCHOR_END: read_batch
