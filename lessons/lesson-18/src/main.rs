//! Lesson 18: a server that shuts down cleanly.
//!
//! A server spends nearly all of its time waiting: for the next client, for
//! the next line from each client, for the jobs it runs. One task per
//! connection lets it wait for all of them at once; a semaphore keeps the
//! number of connections it serves at once bounded. Stopping it well is the
//! harder part: on Ctrl-C or SIGTERM it stops accepting, tells every
//! connection to finish the job under way and take no other (a
//! `CancellationToken`), waits for them, but not forever (a grace period),
//! aborts what is left, and says what it cut short. A job it answered `ok`
//! was done: nothing acknowledged is lost. A supervisor restarts a worker
//! task that panics, with pauses that double, and gives up after a few
//! failures.
//!
//! The protocol: one job per line, a number of units (`3`); the server
//! answers `ok 3` once the job is done, `error LINE` for anything else.
//!
//! Run it: `cargo run -p lesson-18` (a few clients, a simulated Ctrl-C, a
//! supervisor), or `cargo run -p lesson-18 -- --serve` to serve until you
//! press Ctrl-C or send SIGTERM (try `nc 127.0.0.1 PORT` and type `3`).
//! Real sockets answer in real time, so this lesson runs on the real clock
//! only; its numbers vary a little from run to run.

use std::sync::Arc;
use std::time::Duration;

use given::lesson18::{Client, GaveUp, Shutdown, UNIT, Worker, do_job, listen};
use timeline::Recorder;
use timeline::lesson::{Clock, VIRTUAL_CLOCK_FLAG, secs, section, time_and_draw};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::task::{JoinError, JoinSet};
use tokio::time::{Instant, sleep, timeout_at};
use tokio_util::sync::CancellationToken;

const TITLE: &str = "Lesson 18: a server that shuts down cleanly";

/// The flag that serves until Ctrl-C or SIGTERM instead of telling the story.
const SERVE_FLAG: &str = "--serve";

/// Connections served at once, at most.
const AT_MOST: usize = 2;

/// How long a shutdown waits for the connections before it cuts them short.
const GRACE: Duration = Duration::from_millis(400);

// ANCHOR: handle_connection
/// Serves one connection until the client hangs up or `stop` is cancelled;
/// returns how many jobs it acknowledged.
async fn handle_connection(stream: TcpStream, stop: CancellationToken) -> usize {
    let (reader, mut writer) = stream.into_split();
    // Python: line = await reader.readline()
    let mut lines = BufReader::new(reader).lines();
    let mut acknowledged = 0;
    loop {
        let line = tokio::select! {
            // Once told to stop, take no new job, even one already sent.
            biased;
            () = stop.cancelled() => break,
            line = lines.next_line() => line,
        };
        let Ok(Some(line)) = line else { break };
        let answer = match line.trim().parse::<u64>() {
            Ok(units) => {
                // Not raced against `stop`: the job under way is finished.
                do_job(units).await;
                acknowledged += 1;
                format!("ok {units}\n")
            }
            Err(_) => format!("error {line}\n"),
        };
        // Python: writer.write(answer); await writer.drain()
        if writer.write_all(answer.as_bytes()).await.is_err() {
            break;
        }
    }
    acknowledged
}
// ANCHOR_END: handle_connection

// ANCHOR: serve
/// The accept loop: a task per connection, at most `at_most` at once, until
/// `stop` is cancelled. Returns the connection tasks.
async fn serve(listener: TcpListener, at_most: usize, stop: CancellationToken) -> JoinSet<usize> {
    let permits = Arc::new(Semaphore::new(at_most));
    let mut connections = JoinSet::new();
    loop {
        let permit = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            permit = Arc::clone(&permits).acquire_owned() => permit.expect("never closed"),
        };
        let stream = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _address)) => stream,
                Err(_) => continue,
            },
        };
        let stop = stop.clone();
        connections.spawn(async move {
            let acknowledged = handle_connection(stream, stop).await;
            drop(permit); // the place is free once the connection ends
            acknowledged
        });
    }
    connections
}
// ANCHOR_END: serve

// ANCHOR: shut_down
/// Waits for the connections until `grace` has passed, then aborts the rest.
async fn shut_down(mut connections: JoinSet<usize>, grace: Duration) -> Shutdown {
    let deadline = Instant::now() + grace;
    let mut report = Shutdown::default();
    while let Ok(joined) = timeout_at(deadline, connections.join_next()).await {
        match joined {
            Some(joined) => count(&mut report, joined),
            None => return report,
        }
    }
    // Python: for task in pending: task.cancel()
    connections.abort_all();
    while let Some(joined) = connections.join_next().await {
        count(&mut report, joined);
    }
    report
}

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

// ANCHOR: signals
/// Waits for Ctrl-C (SIGINT) or SIGTERM and says which came. The handlers
/// are installed here, when it is called, not when it is first awaited.
#[cfg(unix)]
fn signalled() -> std::io::Result<impl Future<Output = &'static str>> {
    use tokio::signal::unix::{SignalKind, signal};
    // Python: loop.add_signal_handler(signal.SIGTERM, stop.set)
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => "Ctrl-C",
            _ = terminate.recv() => "SIGTERM",
        }
    })
}
// ANCHOR_END: signals

/// Elsewhere there is no SIGTERM: Ctrl-C only.
#[cfg(not(unix))]
fn signalled() -> std::io::Result<impl Future<Output = &'static str>> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
        "Ctrl-C"
    })
}

// ANCHOR: supervise
/// Restarts `worker` after each panic, pausing `first_pause`, then twice as
/// long each time; gives up after `max_failures` failures.
async fn supervise(
    worker: Worker,
    max_failures: usize,
    first_pause: Duration,
) -> Result<u32, GaveUp> {
    let mut failures = 0;
    let mut pause = first_pause;
    loop {
        // A panic in the task comes back here as an `Err(JoinError)`.
        match tokio::spawn(worker.run()).await {
            Ok(value) => return Ok(value),
            Err(_panicked) => {
                failures += 1;
                if failures >= max_failures {
                    return Err(GaveUp { failures });
                }
                sleep(pause).await;
                pause *= 2;
            }
        }
    }
}
// ANCHOR_END: supervise

// ANCHOR: main
fn main() -> anyhow::Result<()> {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    // A paused clock jumps ahead whenever the runtime only waits for I/O, so
    // every time limit would fire at once: sockets need the real clock.
    Clock::Real.runtime()?.block_on(async {
        let recorder = Recorder::install();
        println!("{TITLE}");
        if arguments.iter().any(|argument| argument == VIRTUAL_CLOCK_FLAG) {
            println!("This lesson talks to real sockets and needs the real clock: {VIRTUAL_CLOCK_FLAG} is ignored.");
        }
        println!("Clock: real time (real sockets, so no virtual clock); the times vary a little.");
        println!("One unit of time is {} here.", secs(UNIT));
        if arguments.iter().any(|argument| argument == SERVE_FLAG) {
            serve_until_signalled().await
        } else {
            lesson(recorder).await;
            Ok(())
        }
    })
}
// ANCHOR_END: main

// ANCHOR: serve_until_signalled
/// Serves until Ctrl-C or SIGTERM, then shuts down and reports.
async fn serve_until_signalled() -> anyhow::Result<()> {
    let signal = signalled()?;
    let (listener, address) = listen().await;
    let stop = CancellationToken::new();
    println!("listening on {address}: one job per line; press Ctrl-C or send SIGTERM to stop");
    let server = tokio::spawn(serve(listener, 4, stop.clone()));
    let which = signal.await;
    println!("stopped by {which}: no longer accepting; the connections finish their jobs");
    stop.cancel();
    let report = shut_down(server.await?, GRACE * 2).await;
    print_report(&report);
    Ok(())
}
// ANCHOR_END: serve_until_signalled

fn print_report(report: &Shutdown) {
    println!(
        "shutdown: {} connections finished, {} jobs acknowledged, {} cut short",
        report.finished, report.acknowledged, report.cut_short
    );
}

/// The `number`th client (from 0): it connects a tenth of a unit after the
/// one before it, so that they are accepted in order; it sends `lines`, says
/// it is done, and returns the answers it got before the server closed the
/// connection.
async fn client(address: std::net::SocketAddr, number: u32, lines: &[&str]) -> Vec<String> {
    sleep(UNIT * number / 10).await;
    let mut client = Client::connect(address).await;
    for line in lines {
        client.send(line).await;
    }
    client.finish().await;
    client.answers(UNIT * 60).await
}

async fn lesson(recorder: Recorder) {
    section(1, "A job server: a task per connection, at most 2 at once");
    let (listener, address) = listen().await;
    let stop = CancellationToken::new();
    let server = tokio::spawn(serve(listener, AT_MOST, stop.clone()));
    let clients: [&[&str]; 4] = [&["2", "1"], &["3"], &["x", "1"], &["1"]];
    let (answers, took) = time_and_draw(&recorder, async {
        let mut each = JoinSet::new();
        for (number, lines) in clients.into_iter().enumerate() {
            each.spawn(async move { (number, client(address, number as u32, lines).await) });
        }
        let mut answers = each.join_all().await;
        answers.sort();
        answers
    })
    .await;
    for ((number, answers), lines) in answers.iter().zip(clients) {
        println!("client {}: sent {lines:?}, got {answers:?}", number + 1);
    }
    let most = recorder.timeline().max_concurrency();
    println!("all answered in {}; never more than {most} jobs at once", secs(took));
    stop.cancel();
    let report = shut_down(server.await.expect("serve does not panic"), GRACE).await;
    print_report(&report);

    section(2, "Ctrl-C: stop accepting, finish the jobs under way, cut short what is left");
    let (listener, address) = listen().await;
    let stop = CancellationToken::new();
    let server = tokio::spawn(serve(listener, 3, stop.clone()));
    let (answers, took) = time_and_draw(&recorder, async {
        let clients = [
            tokio::spawn(client(address, 0, &["2", "2"])),
            tokio::spawn(client(address, 1, &["3"])),
            tokio::spawn(client(address, 2, &["50"])),
        ];
        sleep(UNIT).await;
        // A simulated Ctrl-C: what the signal handler does in `--serve`.
        stop.cancel();
        let report = shut_down(server.await.expect("serve does not panic"), GRACE).await;
        let mut answers = Vec::new();
        for client in clients {
            answers.push(client.await.expect("a client does not panic"));
        }
        (report, answers)
    })
    .await;
    let (report, answers) = answers;
    println!("client 1: sent [\"2\", \"2\"], got {:?}", answers[0]);
    println!("client 2: sent [\"3\"], got {:?}", answers[1]);
    println!("client 3: sent [\"50\"], got {:?}", answers[2]);
    print_report(&report);
    println!(
        "stop came at {}; shut down after {}: job 50 was cut short when the grace period of {} \
         ended, and every job answered `ok` was done",
        secs(UNIT),
        secs(took),
        secs(GRACE)
    );

    section(3, "A supervisor: restart after a panic, pauses that double, then give up");
    // The worker's panics are the story here: one line each, not a backtrace.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|info| {
        let message = info.payload().downcast_ref::<String>().cloned().unwrap_or_default();
        println!("  panic: {message}");
    }));
    let (result, took) =
        time_and_draw(&recorder, supervise(Worker::new(UNIT / 2, 3), 5, UNIT / 2)).await;
    println!("three failures, then {result:?} after {}", secs(took));
    let (result, took) =
        time_and_draw(&recorder, supervise(Worker::new(UNIT / 2, 10), 3, UNIT / 2)).await;
    println!("a worker that always fails: {result:?} after {}, without a last pause", secs(took));
    std::panic::set_hook(default_hook);

    println!("\nRun `cargo run -p lesson-18 -- {SERVE_FLAG}` to serve until Ctrl-C or SIGTERM.");
}
