//! Lesson 06, solved: timeouts.

use std::time::Duration;

use futures::future::join_all;
use tokio::time::error::Elapsed;
use tokio::time::timeout;

pub use given::lesson06::{TimedOut, chop};

// ANCHOR: chop_within
/// `timeout` drops the chopping when the limit passes, which cancels it.
pub async fn chop_within(
    vegetable: &'static str,
    units: u64,
    limit: Duration,
) -> Result<&'static str, TimedOut> {
    timeout(limit, chop(vegetable, units)).await.map_err(|_| TimedOut(vegetable))
}
// ANCHOR_END: chop_within

// ANCHOR: chop_each_within
/// Every vegetable carries its own timeout, so only the slow one fails.
pub async fn chop_each_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Vec<Result<&'static str, TimedOut>> {
    join_all(vegetables.into_iter().map(|(vegetable, units)| chop_within(vegetable, units, limit)))
        .await
}
// ANCHOR_END: chop_each_within

// ANCHOR: chop_all_within
/// One timeout around the whole `join_all`: when it fires it drops the
/// `join_all`, and with it the finished results and the unfinished chops.
pub async fn chop_all_within(
    vegetables: Vec<(&'static str, u64)>,
    limit: Duration,
) -> Result<Vec<&'static str>, Elapsed> {
    let chops = vegetables.into_iter().map(|(vegetable, units)| chop(vegetable, units));
    timeout(limit, join_all(chops)).await
}
// ANCHOR_END: chop_all_within

// ANCHOR: chop_in_task_within
/// Waits through `&mut handle`, so the handle survives the timeout: it can
/// abort the task, then be awaited until the task has stopped.
pub async fn chop_in_task_within(
    vegetable: &'static str,
    units: u64,
    limit: Duration,
) -> Result<&'static str, TimedOut> {
    let mut handle = tokio::spawn(chop(vegetable, units));
    match timeout(limit, &mut handle).await {
        Ok(joined) => Ok(joined.expect("chopping never panics")),
        Err(_) => {
            // Without this the task would go on chopping on its own. `abort`
            // only asks; awaiting the handle waits until it has stopped.
            handle.abort();
            let _cancelled = handle.await;
            Err(TimedOut(vegetable))
        }
    }
}
// ANCHOR_END: chop_in_task_within

// ANCHOR: chop_in_turn_within
/// One deadline shared by every step: `timeout_at` gives each step only what
/// is left, where `timeout(budget, ..)` would give each the whole budget.
pub async fn chop_in_turn_within(
    vegetables: Vec<(&'static str, u64)>,
    budget: Duration,
) -> Result<Vec<&'static str>, TimedOut> {
    use tokio::time::{Instant, timeout_at};

    let deadline = Instant::now() + budget;
    let mut chopped = Vec::with_capacity(vegetables.len());
    for (vegetable, units) in vegetables {
        let name =
            timeout_at(deadline, chop(vegetable, units)).await.map_err(|_| TimedOut(vegetable))?;
        chopped.push(name);
    }
    Ok(chopped)
}
// ANCHOR_END: chop_in_turn_within
