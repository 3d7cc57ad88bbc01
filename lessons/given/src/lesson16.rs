//! Given helpers for lesson 16: signals between tasks and shared state.
//!
//! `exercises/src/lesson16.rs` and `solutions/src/lesson16.rs` both
//! import these. They are already timed and traced: the grader sees how
//! your code used them.

use std::time::Duration;

use timeline::traced;
use tokio::sync::{mpsc, oneshot};
use tokio::time::sleep;

/// One unit of time in the graded tests: one virtual second.
pub const UNIT: Duration = Duration::from_secs(1);

/// Loads the configuration: 2 units, traced as "load". Given.
pub async fn load_config() {
    traced("load", sleep(2 * UNIT)).await;
}

/// The worker gets ready (opens its connections, say): it takes `time`,
/// traced as "warm up". Given.
pub async fn warm_up(time: Duration) {
    traced("warm up", sleep(time)).await;
}

/// The worker's real work: 1 unit, traced as "serve". Given.
pub async fn serve() {
    traced("serve", sleep(UNIT)).await;
}

/// The configuration every worker starts with, before any update.
pub const FIRST_CONFIG: u32 = 1;

/// Handles one request with configuration `config`: 1 unit, traced as
/// "worker W config C". Given.
pub async fn handle(worker: usize, config: u32) {
    traced(&format!("worker {worker} config {config}"), sleep(UNIT)).await;
}

/// How many messages a broadcast channel keeps for its slowest receiver. A
/// power of two: tokio rounds any other capacity up to the next one.
pub const CAPACITY: usize = 2;

/// Reader `reader` reads `message`: it takes `pace`, traced as
/// "reader R read M". Given.
pub async fn read(reader: usize, message: u32, pace: Duration) {
    traced(&format!("reader {reader} read {message}"), sleep(pace)).await;
}

/// What one reader of a broadcast heard.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Heard {
    /// The messages it read, in the order it read them.
    pub read: Vec<u32>,
    /// How many messages it missed because it fell behind.
    pub missed: u64,
}

/// Worker `worker` prepares: it takes `time`, traced as "prepare N".
/// Given.
pub async fn prepare(worker: usize, time: Duration) {
    traced(&format!("prepare {worker}"), sleep(time)).await;
}

/// Announces that every worker is ready: an instant, traced as "all
/// ready". Given.
pub async fn announce() {
    traced("all ready", std::future::ready(())).await;
}

/// Worker `worker` runs: 1 unit, traced as "run N". Given.
pub async fn run(worker: usize) {
    traced(&format!("run {worker}"), sleep(UNIT)).await;
}

/// Visitor `visitor` looks at page `page`: 1 unit, traced as
/// "visitor V page P". Given.
pub async fn visit(visitor: usize, page: u32) {
    traced(&format!("visitor {visitor} page {page}"), sleep(UNIT)).await;
}

/// Writes the counter's new `total` to storage: 1 unit, traced as
/// "save N". Given.
pub async fn save(total: u64) {
    traced(&format!("save {total}"), sleep(UNIT)).await;
}

/// A request to the counter actor. Each carries the sending half of a
/// `oneshot` channel: the actor answers through it.
#[derive(Debug)]
pub enum Request {
    /// Add `amount` to the counter, save the new total, and reply with it.
    Add {
        /// How much to add.
        amount: u64,
        /// Where the new total goes.
        reply: oneshot::Sender<u64>,
    },
    /// Reply with the counter's current total, at once.
    Get {
        /// Where the total goes.
        reply: oneshot::Sender<u64>,
    },
}

/// Asks the actor behind `requests` to add `amount`; returns the new total
/// it replied. Given: what a client of the actor does.
///
/// # Panics
/// When the actor is gone, or drops the reply without answering.
pub async fn add(requests: &mpsc::Sender<Request>, amount: u64) -> u64 {
    let (reply, answer) = oneshot::channel();
    requests.send(Request::Add { amount, reply }).await.expect("the actor is gone");
    answer.await.expect("the actor dropped the reply sender of an Add without answering")
}

/// Asks the actor behind `requests` for the current total. Given.
///
/// # Panics
/// When the actor is gone, or drops the reply without answering.
pub async fn get(requests: &mpsc::Sender<Request>) -> u64 {
    let (reply, answer) = oneshot::channel();
    requests.send(Request::Get { reply }).await.expect("the actor is gone");
    answer.await.expect("the actor dropped the reply sender of a Get without answering")
}
