//! Lesson 16: signals between tasks and shared state.
//!
//! Grade with `cargo test lesson16`. One unit is one virtual second.

use std::sync::Arc;
use std::time::Duration;

// The helpers these exercises use; read them in `lessons/given/src/lesson16.rs`.
pub use given::lesson16::{
    CAPACITY, FIRST_CONFIG, Heard, Request, UNIT, add, announce, get, handle, load_config, prepare,
    read, run, save, serve, visit, warm_up,
};
use tokio::sync::{Mutex, mpsc};

// ANCHOR: start_after_load
/// Spawn a worker that warms up with [`warm_up`]`(warm_up_time)`, then
/// waits for a start signal, then runs [`serve`]. Meanwhile, in this
/// function, run [`load_config`]; when it is done, give the start signal
/// with a `tokio::sync::Notify`. The worker serves the moment both its
/// warm-up and the load are done. Return once the worker has served.
///
/// asyncio: `start = asyncio.Event()`; the worker `await start.wait()`, this
/// function `start.set()`.
///
/// Expect: with a warm-up of 1 unit the worker waits from 1 to 2 and serves
/// from 2 to 3. With a warm-up of 4 units the signal comes at 2, before the
/// worker waits at all; it must still start, and serves from 4 to 5.
pub async fn start_after_load(warm_up_time: Duration) {
    todo!()
}
// ANCHOR_END: start_after_load

// ANCHOR: follow_config
/// Spawn `workers` workers (numbered from 1). Each handles `requests`
/// requests one after another with [`handle`]`(worker, config)`, and each
/// time uses the configuration that is current when the request starts.
/// The configuration is [`FIRST_CONFIG`] at first; in this function, apply
/// `updates`: at each `(at, value)`, counted from the start, the
/// configuration becomes `value`. Return, for each worker in order, the
/// configurations it used. Keep the configuration in a `tokio::sync::watch`
/// channel.
///
/// asyncio: a shared `config` attribute that workers read, plus an
/// `asyncio.Event` or `Condition` to say it changed.
///
/// Expect, for 2 workers of 4 requests and updates to 2 at 0.5, 3 at 2.5
/// and 4 at 2.7: each worker used `[1, 2, 2, 4]`: requests start at 0, 1, 2
/// and 3, and value 3 was replaced before anyone looked at it.
pub async fn follow_config(
    workers: usize,
    requests: u32,
    updates: Vec<(Duration, u32)>,
) -> Vec<Vec<u32>> {
    todo!()
}
// ANCHOR_END: follow_config

// ANCHOR: publish
/// Publish `messages` to one reader per pace in `paces` (numbered from 1)
/// over a `tokio::sync::broadcast` channel of [`CAPACITY`]. Send the first
/// message at 0 and each next one a [`UNIT`] later; once the last is sent,
/// close the channel. Each reader, in a task of its own, reads every message
/// it gets with [`read`]`(reader, message, pace)` and goes on until the
/// channel is closed. Return, for each reader in order, what it read and how
/// many messages it missed.
///
/// asyncio: no built-in; one `asyncio.Queue` per subscriber, and the
/// publisher puts each message into every queue.
///
/// Expect, for messages 1 to 6 and paces 0.5 and 4.5 units: reader 1 reads
/// all six and misses none; reader 2 reads 1, 4, 5 and 6 and misses 2.
pub async fn publish(messages: Vec<u32>, paces: Vec<Duration>) -> Vec<Heard> {
    todo!()
}
// ANCHOR_END: publish

// ANCHOR: start_together
/// Spawn one worker per entry of `preparations` (numbered from 1). Each
/// prepares with [`prepare`]`(worker, time)`, waits until every worker has
/// prepared, then runs with [`run`]: all of them the moment the last one
/// has prepared. Use a `tokio::sync::Barrier`. Once all are ready, one
/// worker, and only one, calls [`announce`] before it runs. Return once all
/// have run.
///
/// asyncio: `barrier = asyncio.Barrier(n)`, `if await barrier.wait() == 0:
/// announce()`.
///
/// Expect, for preparations of 3, 1 and 2 units: one "all ready" at 3, and
/// every "run" from 3 to 4.
pub async fn start_together(preparations: Vec<Duration>) {
    todo!()
}
// ANCHOR_END: start_together

// ANCHOR: count_visits
/// Spawn `visitors` visitors (numbered from 1). Each visits pages 1 to
/// `pages` one after another with [`visit`]`(visitor, page)`, and after each
/// visit adds one to `counter`, which others read while the visits go on.
/// Return the counter's value once every visitor is done.
///
/// asyncio: `async with lock: count += 1`, or no lock at all, since nothing
/// else runs between two `await`s.
///
/// Expect, for 3 visitors of 4 pages: the counter is 3 at 1, 6 at 2, 9 at 3
/// and 12 at 4, when you return 12.
pub async fn count_visits(counter: Arc<Mutex<u64>>, visitors: usize, pages: u32) -> u64 {
    todo!()
}
// ANCHOR_END: count_visits

// ANCHOR: counter_actor
/// Be the actor that owns a counter, which starts at 0: serve the
/// [`Request`]s that come in on `requests`, one at a time. For an `Add`,
/// add the amount, [`save`] the new total, then reply with it; for a `Get`,
/// reply with the total at once. When no client can send any more, return
/// the total. The given [`add`] and [`get`] are what the clients call.
///
/// asyncio: a task that owns the data and loops on `await queue.get()`,
/// replying through an `asyncio.Future` each request carries
/// (`future.set_result(total)`).
///
/// Expect, for clients adding 2, 3 and 4 at 0: saves of 2, 5 and 9 from 0
/// to 1, 1 to 2 and 2 to 3, and those replies.
pub async fn counter_actor(requests: mpsc::Receiver<Request>) -> u64 {
    todo!()
}
// ANCHOR_END: counter_actor
