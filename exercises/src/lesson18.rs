//! Lesson 18: a server that shuts down cleanly.
//!
//! Grade with `cargo test lesson18`. The server's tests use real sockets on
//! 127.0.0.1, so they run on the real clock: a unit is [`UNIT`] (100 ms) of
//! real time and timings are checked with ranges. The supervisor needs no
//! socket: its tests run on the paused clock, where a unit is one virtual
//! second and every time is exact.
//!
//! The protocol: a client sends one job per line, a number of units (`3`),
//! and the server answers `ok 3` once the job is done. That answer is the
//! acknowledgement: a job answered `ok` is done, and a shutdown must never
//! cut short a job that is under way. A line that is not a number is
//! answered `error LINE`, and the connection goes on.

use std::time::Duration;

use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

// The helpers these exercises use; read them in `lessons/given/src/lesson18.rs`.
pub use given::lesson18::{Client, GaveUp, Shutdown, UNIT, Worker, do_job, listen};

// ANCHOR: handle_connection
/// Serves one connection: reads its lines one at a time, does each job with
/// [`do_job`] and answers `ok N` once it is done (`error LINE` for a line
/// that is not a number). Returns how many jobs it acknowledged.
///
/// It ends when the client closes its side, or when `stop` is cancelled:
/// a job under way is finished and acknowledged first, and no job starts
/// after `stop`, even one whose line has already arrived.
///
/// asyncio: the handler given to `asyncio.start_server`,
/// `async def handle(reader, writer)`, with
/// `while line := await reader.readline(): ...; writer.write(...);
/// await writer.drain()`, and a stop `asyncio.Event` it watches.
/// Expect: a client sends `2` and `1` and closes: answers `ok 2`, `ok 1`,
/// 2 returned after 3 units. A client sends `3` and `4` at once, and `stop`
/// is cancelled at 1 unit: `ok 3` at 3 units, job 4 never starts, 1
/// returned.
pub async fn handle_connection(stream: TcpStream, stop: CancellationToken) -> usize {
    todo!()
}
// ANCHOR_END: handle_connection

// ANCHOR: serve
/// Accepts connections on `listener` until `stop` is cancelled, each one
/// served by [`handle_connection`] in a task of its own, with at most
/// `at_most` connections served at once. Returns the connection tasks, still
/// running or not, at once when `stop` is cancelled.
///
/// asyncio: `server = await asyncio.start_server(handle, "127.0.0.1", 0)`,
/// a `Semaphore(at_most)` held by each handler, and `server.close()` on
/// stop. `tokio::net::TcpListener::accept` gives one connection at a time;
/// the loop around it is yours.
/// Expect: five clients with a job of 2 units each, `at_most` 2: the jobs
/// run two at a time, in three waves, about 6 units in all. With every
/// place taken by a long job, `stop` still ends `serve` at once.
pub async fn serve(
    listener: TcpListener,
    at_most: usize,
    stop: CancellationToken,
) -> JoinSet<usize> {
    todo!()
}
// ANCHOR_END: serve

// ANCHOR: shut_down
/// Called once the connections have been told to stop: waits for them to
/// finish, but no longer than `grace` in all, then aborts those still
/// running. Reports how many finished (and the jobs they acknowledged) and
/// how many were cut short.
///
/// asyncio: `await asyncio.wait(tasks, timeout=grace)`, then `cancel()` for
/// each task still pending, and `gather(..., return_exceptions=True)` to
/// let the cancellations land.
/// Expect: connections that end at 3 and 6 units and one that never ends,
/// `grace` 5 units: one finished, two cut short, after 5 units.
pub async fn shut_down(connections: JoinSet<usize>, grace: Duration) -> Shutdown {
    todo!()
}
// ANCHOR_END: shut_down

// ANCHOR: supervise
/// Runs `worker` in a task and restarts it each time it panics: after a
/// pause of `first_pause` the first time, each later pause twice the one
/// before. Returns what a run returned, or gives up once the worker has
/// failed `max_failures` times, at once, without a last pause.
///
/// asyncio: a loop around `await asyncio.create_task(worker())` with
/// `except Exception:` and `await asyncio.sleep(pause)`; a panic in a
/// spawned task is what reaches the awaiting code as an error here.
/// Expect: runs of 1 unit, the first three fail, `first_pause` 1 unit: the
/// runs start at 0, 2, 5 and 10, and the fourth returns 4 at 11.
pub async fn supervise(
    worker: Worker,
    max_failures: usize,
    first_pause: Duration,
) -> Result<u32, GaveUp> {
    todo!()
}
// ANCHOR_END: supervise
