//! Lesson 10: producer and consumer.
//!
//! Grade with `cargo test lesson10`. One unit is one virtual second.

use std::time::Duration;

// The helpers these exercises use; read them in `lessons/given/src/lesson10.rs`.
pub use given::lesson10::{
    CAPACITY, PROCESS, Receiver, SendError, Sender, SharedReceiver, Shutdown, process, put,
};

// ANCHOR: pipeline
/// Make a channel with room for `capacity` items. A producer puts items 1 to
/// `count` with [`put`] while one consumer receives them and processes each
/// with [`process`]. Return the processed items, in order, once the consumer
/// has processed the last one. With `count` 0, return an empty list at once.
///
/// asyncio: `queue = asyncio.Queue(maxsize=capacity)`; the producer
/// `await queue.put(item)`, the consumer `item = await queue.get()`.
///
/// Expect, for 5 items and capacity 2: put 1, 2 and 3 end at 0 (two items in
/// the channel, one in the consumer's hands), put 4 waits from 0 to 1 until
/// the consumer takes item 2, put 5 from 1 to 2; "process N" runs from N - 1
/// to N, and you return at 5.
pub async fn pipeline(count: u32, capacity: usize) -> Vec<u32> {
    todo!()
}
// ANCHOR_END: pipeline

// ANCHOR: consume
/// One of several consumers sharing `receiver`: take the next item, process
/// it with [`process`], and again, until the channel is closed (every sender
/// is gone) and empty. Return the items this consumer processed, in order.
///
/// asyncio: `while True: item = await queue.get(); ...; queue.task_done()`,
/// a loop that never ends by itself and is cancelled from outside. Here the
/// loop ends when `recv()` gives `None`.
///
/// Expect, for two consumers and items 1 to 5: items 1 and 2 are processed
/// from 0 to 1, 3 and 4 from 1 to 2, 5 from 2 to 3, and each consumer
/// returns when the last sender is dropped, not sooner.
pub async fn consume(receiver: SharedReceiver) -> Vec<u32> {
    todo!()
}
// ANCHOR_END: consume

// ANCHOR: share_work
/// Share the work of several producers among `consumers` consumers. Make a
/// channel of [`CAPACITY`]; spawn one producer per batch, which puts the
/// batch's items with [`put`], and `consumers` tasks running your
/// [`consume`] on one shared receiver. Return every processed item (in any
/// order) once the producers and the consumers are all done.
///
/// asyncio: producer and consumer tasks on one `asyncio.Queue`; `gather` the
/// producers, `await queue.join()`, then cancel the consumers.
///
/// Expect every item processed exactly once, none lost, none twice, and
/// by the consumer tasks, each of which gets some of the work. The consumers
/// are the bottleneck and never idle while items are left: n items take n /
/// `consumers` units, rounded up (12 items: 6 units with 2 consumers, 3 with
/// 4; 8 items with 3 consumers: 3 units). A batch may be empty; when every
/// batch is, return an empty list at once.
pub async fn share_work(batches: Vec<Vec<u32>>, consumers: usize) -> Vec<u32> {
    todo!()
}
// ANCHOR_END: share_work

// ANCHOR: process_in_rounds
/// Spawn `consumers` consumers once, on a channel of [`CAPACITY`]. Then, for
/// each round: put its items with [`put`], wait until every item put so far
/// has been processed, and note how long since you started. The consumers
/// stay alive between rounds: do not close the channel to wait for them.
/// After the last round, close the channel, wait for the consumers to
/// return, and return the noted times.
///
/// asyncio: `await queue.join()`, which returns once `task_done()` has been
/// called for every item put.
///
/// Expect, for rounds `[1, 2, 3, 4, 5]` and `[6, 7, 8]` with 2 consumers:
/// `[3 units, 5 units]`. The channel is empty at 2 already, when item 5 is
/// taken, but the first round is done only when item 5 has been processed.
pub async fn process_in_rounds(rounds: Vec<Vec<u32>>, consumers: usize) -> Vec<Duration> {
    todo!()
}
// ANCHOR_END: process_in_rounds

// ANCHOR: run_until_stopped
/// Spawn `consumers` tasks running your [`consume`], on a channel of
/// [`CAPACITY`]. Here, in this function, put items 1, 2, 3, ... with [`put`],
/// without end, until `stop` completes; stop at once, even in the middle of
/// a put. Then let the consumers process what is in the channel, wait for
/// them, and report what was produced and processed. `stop` stands for
/// `tokio::signal::ctrl_c()`.
///
/// asyncio: the producer is cancelled on a signal, `await queue.join()`
/// waits for the queued items, then the consumers are cancelled.
///
/// Expect, with 1 consumer and `stop` at 4.5 units: items 1 to 7 produced and
/// processed, and you return at 7. Put 8 was waiting for room when `stop`
/// came: cancelling it dropped item 8 before it reached the channel, so it
/// was not produced.
pub async fn run_until_stopped(stop: impl Future<Output = ()>, consumers: usize) -> Shutdown {
    todo!()
}
// ANCHOR_END: run_until_stopped
