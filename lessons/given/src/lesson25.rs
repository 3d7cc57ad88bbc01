//! Given helpers for lesson 25: the unit of work of the producer-consumer,
//! on tokio and on your own executor, named the same way so that the two
//! timelines can be compared row by row.

use std::time::Duration;

use timeline::traced;

pub use crate::lesson23::{Log, probe};

/// One unit of virtual time: one virtual second, on tokio's paused clock
/// and on lesson 23's virtual clock alike.
pub const UNIT: Duration = Duration::from_secs(1);

/// The timeline row of one item's work: `consumer 2: item 5`.
pub fn work_label(consumer: usize, item: u32) -> String {
    format!("consumer {consumer}: item {item}")
}

/// One item's work on tokio: 1 unit of `tokio::time::sleep`, traced as
/// [`work_label`]. Given.
pub async fn work_on_tokio(consumer: usize, item: u32) {
    traced(&work_label(consumer, item), tokio::time::sleep(UNIT)).await;
}
