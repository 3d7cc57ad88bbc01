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

use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::task::{JoinError, JoinSet};
use tokio::time::{Instant, sleep, timeout_at};
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
pub async fn handle_connection(stream: TcpStream, stop: CancellationToken) -> usize {
    let (reader, mut writer) = stream.into_split();
    let mut lines = BufReader::new(reader).lines();
    let mut acknowledged = 0;
    loop {
        let line = tokio::select! {
            // Looked at first: a line already waiting must not start a job
            // once `stop` is cancelled. `next_line` may be dropped midway:
            // what it read stays buffered.
            biased;
            () = stop.cancelled() => break,
            line = lines.next_line() => line,
        };
        let Ok(Some(line)) = line else { break };
        let (answer, job) = match line.trim().parse::<u64>() {
            Ok(units) => {
                // Not raced against `stop`: a job under way is finished.
                do_job(units).await;
                (format!("ok {units}\n"), 1)
            }
            Err(_) => (format!("error {line}\n"), 0),
        };
        if writer.write_all(answer.as_bytes()).await.is_err() {
            break;
        }
        acknowledged += job;
    }
    acknowledged
}
// ANCHOR_END: handle_connection

// ANCHOR: serve
/// Accepts connections on `listener` until `stop` is cancelled, each one
/// served by [`handle_connection`] in a task of its own, with at most
/// `at_most` connections served at once. Returns the connection tasks, still
/// running or not, at once when `stop` is cancelled.
pub async fn serve(
    listener: TcpListener,
    at_most: usize,
    stop: CancellationToken,
) -> JoinSet<usize> {
    let permits = Arc::new(Semaphore::new(at_most));
    let mut connections = JoinSet::new();
    loop {
        // The permit is taken before the accept: a connection beyond the
        // limit waits in the listener's queue, not in a task.
        let permit = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            permit = Arc::clone(&permits).acquire_owned() => {
                permit.expect("the semaphore is never closed")
            }
        };
        let stream = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _address)) => stream,
                // One failed accept (the peer already gone) is no reason to stop serving.
                Err(_) => continue,
            },
        };
        let stop = stop.clone();
        connections.spawn(async move {
            let acknowledged = handle_connection(stream, stop).await;
            // The permit goes back only once the connection is done.
            drop(permit);
            acknowledged
        });
    }
    connections
}
// ANCHOR_END: serve

// ANCHOR: shut_down
/// Called once the connections have been told to stop: waits for them to
/// finish, but no longer than `grace` in all, then aborts those still
/// running. Reports how many finished (and the jobs they acknowledged) and
/// how many were cut short.
pub async fn shut_down(mut connections: JoinSet<usize>, grace: Duration) -> Shutdown {
    let deadline = Instant::now() + grace;
    let mut report = Shutdown::default();
    while let Ok(joined) = timeout_at(deadline, connections.join_next()).await {
        match joined {
            Some(joined) => count(&mut report, joined),
            None => return report,
        }
    }
    connections.abort_all();
    while let Some(joined) = connections.join_next().await {
        count(&mut report, joined);
    }
    report
}

/// Adds one connection's end to the report.
fn count(report: &mut Shutdown, joined: Result<usize, JoinError>) {
    match joined {
        Ok(acknowledged) => {
            report.finished += 1;
            report.acknowledged += acknowledged;
        }
        Err(error) if error.is_cancelled() => report.cut_short += 1,
        Err(error) => std::panic::resume_unwind(error.into_panic()),
    }
}
// ANCHOR_END: shut_down

// ANCHOR: supervise
/// Runs `worker` in a task and restarts it each time it panics: after a
/// pause of `first_pause` the first time, each later pause twice the one
/// before. Returns what a run returned, or gives up once the worker has
/// failed `max_failures` times, at once, without a last pause.
pub async fn supervise(
    worker: Worker,
    max_failures: usize,
    first_pause: Duration,
) -> Result<u32, GaveUp> {
    let mut failures = 0;
    let mut pause = first_pause;
    loop {
        match tokio::spawn(worker.run()).await {
            Ok(value) => return Ok(value),
            Err(error) if error.is_panic() => {
                failures += 1;
                if failures >= max_failures {
                    return Err(GaveUp { failures });
                }
                sleep(pause).await;
                pause *= 2;
            }
            // Only a runtime shutting down cancels it: nothing to restart.
            Err(_cancelled) => return Err(GaveUp { failures }),
        }
    }
}
// ANCHOR_END: supervise
