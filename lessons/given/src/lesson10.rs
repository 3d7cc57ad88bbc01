//! Given helpers for lesson 10: producer and consumer.
//!
//! `exercises/src/lesson10.rs` and `solutions/src/lesson10.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

use std::sync::Arc;
use std::time::Duration;

use timeline::traced;
use tokio::sync::Mutex;
use tokio::time::sleep;

/// Re-exported so that your code and the graded tests name the same types.
pub use tokio::sync::mpsc::{Receiver, Sender, error::SendError};

/// How many items the channel holds in [`share_work`], [`process_in_rounds`]
/// and [`run_until_stopped`].
pub const CAPACITY: usize = 2;

/// How long [`process`] takes for one item: 1 unit.
pub const PROCESS: Duration = Duration::from_secs(1);

/// One receiver shared by several consumers: the lock lets one of them at a
/// time wait for the next item.
pub type SharedReceiver = Arc<Mutex<Receiver<u32>>>;

/// Puts `item` into the channel, traced as "put N": the row lasts as long as
/// the send waits for room. `Err` only when the receiver is gone. Given.
pub async fn put(sender: &Sender<u32>, item: u32) -> Result<(), SendError<u32>> {
    traced(&format!("put {item}"), sender.send(item)).await
}

/// Processes one item in 1 unit, traced as "process N", and returns it. Given.
pub async fn process(item: u32) -> u32 {
    traced(&format!("process {item}"), sleep(PROCESS)).await;
    item
}

/// What [`run_until_stopped`] reports.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shutdown {
    /// The items that reached the channel, in the order they were put. An
    /// item whose put was cancelled never got there and is not in the list.
    pub produced: Vec<u32>,
    /// The items the consumers processed, in any order.
    pub processed: Vec<u32>,
}
