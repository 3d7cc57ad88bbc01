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
//! A `select!` loop drops the branches that lose each turn, so each of them
//! must be cancel safe: `Lines::next_line` is, `read_line` is not, and a
//! line sent in two halves shows the difference. A grace period raced in a
//! `select!` loop is one `Sleep`, pinned before the loop, not a new
//! `sleep(...)` each turn.
//!
//! Run it: `cargo run -p lesson-18` (a few clients, a simulated Ctrl-C, a
//! supervisor, then cancel safety and one grace period), or `cargo run -p
//! lesson-18 -- --serve` to serve until you press Ctrl-C or send SIGTERM
//! (try `nc 127.0.0.1 PORT` and type `3`). Real sockets answer in real time,
//! so the sections with sockets run on the real clock and their numbers vary
//! a little from run to run; the last two need no socket and run on tokio's
//! paused clock, exactly.

use std::sync::Arc;
use std::time::Duration;

use given::lesson18::{Client, GaveUp, Shutdown, UNIT, Worker, do_job, listen};
use timeline::Recorder;
use timeline::lesson::{Clock, VIRTUAL_CLOCK_FLAG, secs, section, time_and_draw};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, DuplexStream, duplex};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::task::{JoinError, JoinSet};
use tokio::time::{Instant, interval_at, sleep, timeout_at};
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

// ANCHOR: read_line
/// Waits for one line beside a ticker, with `read_line`. A tick that comes
/// while half the line has arrived wins the `select!`, which drops the
/// `read_line` future, and the bytes it had read go with it.
async fn first_line_with_read_line(stream: DuplexStream, started: Instant) {
    let mut reader = BufReader::new(stream);
    let mut ticker = interval_at(started + UNIT / 2, UNIT);
    let mut line = String::new();
    loop {
        tokio::select! {
            read = reader.read_line(&mut line) => {
                let at = secs(started.elapsed());
                println!("  {at}: read_line returned {read:?}, the line {line:?}");
                return;
            }
            _ = ticker.tick() => {
                let at = secs(started.elapsed());
                println!("  {at}: tick; read_line was dropped, the String holds {line:?}");
            }
        }
    }
}
// ANCHOR_END: read_line

// ANCHOR: next_line
/// The same with `Lines::next_line`, which is cancel safe: the bytes of a
/// line not yet complete wait in the `Lines` itself, not in the future.
async fn first_line_with_next_line(stream: DuplexStream, started: Instant) {
    let mut lines = BufReader::new(stream).lines();
    let mut ticker = interval_at(started + UNIT / 2, UNIT);
    loop {
        tokio::select! {
            line = lines.next_line() => {
                println!("  {}: next_line returned {line:?}", secs(started.elapsed()));
                return;
            }
            _ = ticker.tick() => println!("  {}: tick", secs(started.elapsed())),
        }
    }
}
// ANCHOR_END: next_line

/// A client that sends the job `25` in two halves, a unit apart: `2`, then
/// `5` and the end of the line.
async fn send_in_two_halves(mut client: DuplexStream) {
    client.write_all(b"2").await.expect("the server reads");
    sleep(UNIT).await;
    client.write_all(b"5\n").await.expect("the server reads");
}

// ANCHOR: grace_pinned
/// Waits for the connections until `grace` has passed; returns how many
/// finished. The grace period is one `Sleep`, made and pinned before the
/// loop: each turn polls the same one through `&mut`.
async fn finished_within(connections: &mut JoinSet<usize>, grace: Duration) -> usize {
    let mut finished = 0;
    let grace_over = sleep(grace);
    tokio::pin!(grace_over);
    loop {
        tokio::select! {
            () = &mut grace_over => return finished,
            joined = connections.join_next() => match joined {
                Some(_) => finished += 1,
                None => return finished,
            },
        }
    }
}
// ANCHOR_END: grace_pinned

// ANCHOR: grace_restarted
/// The same with `sleep(grace)` written in the `select!`: every turn makes a
/// new `Sleep`, so each connection that ends starts the grace period again.
async fn finished_within_restarting(connections: &mut JoinSet<usize>, grace: Duration) -> usize {
    let mut finished = 0;
    loop {
        tokio::select! {
            () = sleep(grace) => return finished,
            joined = connections.join_next() => match joined {
                Some(_) => finished += 1,
                None => return finished,
            },
        }
    }
}
// ANCHOR_END: grace_restarted

// ANCHOR: main
fn main() -> anyhow::Result<()> {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let recorder = Recorder::install();
    println!("{TITLE}");
    if arguments.iter().any(|argument| argument == VIRTUAL_CLOCK_FLAG) {
        println!(
            "This lesson talks to real sockets and needs the real clock: {VIRTUAL_CLOCK_FLAG} is ignored."
        );
    }
    println!("Clock: real time (real sockets, so no virtual clock); the times vary a little.");
    println!("One unit of time is {} here.", secs(UNIT));
    if arguments.iter().any(|argument| argument == SERVE_FLAG) {
        return Clock::Real.runtime()?.block_on(serve_until_signalled());
    }
    // A paused clock jumps ahead whenever the runtime only waits for I/O, so
    // every time limit would fire at once: sockets need the real clock.
    Clock::Real.runtime()?.block_on(with_sockets(&recorder));
    // Sections 4 and 5 need no socket: on the paused clock they are exact.
    Clock::Virtual.runtime()?.block_on(on_the_paused_clock(&recorder));
    println!("\nRun `cargo run -p lesson-18 -- {SERVE_FLAG}` to serve until Ctrl-C or SIGTERM.");
    Ok(())
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

/// Sections 1 to 3: real sockets, on the real clock.
async fn with_sockets(recorder: &Recorder) {
    section(1, "A job server: a task per connection, at most 2 at once");
    let (listener, address) = listen().await;
    let stop = CancellationToken::new();
    let server = tokio::spawn(serve(listener, AT_MOST, stop.clone()));
    let clients: [&[&str]; 4] = [&["2", "1"], &["3"], &["x", "1"], &["1"]];
    let (answers, took) = time_and_draw(recorder, async {
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
    let (answers, took) = time_and_draw(recorder, async {
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
        time_and_draw(recorder, supervise(Worker::new(UNIT / 2, 3), 5, UNIT / 2)).await;
    println!("three failures, then {result:?} after {}", secs(took));
    let (result, took) =
        time_and_draw(recorder, supervise(Worker::new(UNIT / 2, 10), 3, UNIT / 2)).await;
    println!("a worker that always fails: {result:?} after {}, without a last pause", secs(took));
    // A run that nobody awaits: the hook prints its panic, and nothing else happens.
    drop(tokio::spawn(Worker::new(UNIT / 2, 1).run()));
    sleep(UNIT).await;
    println!("a run that nobody awaits: the hook printed its panic, and no code heard of it");
    std::panic::set_hook(default_hook);
}

/// Sections 4 and 5: no sockets, so on tokio's paused clock every time is exact.
async fn on_the_paused_clock(recorder: &Recorder) {
    section(4, "Cancel safety: a line sent in two halves, beside a ticker (paused clock)");
    println!(
        "The client sends \"2\" at once and \"5\\n\" at {}; the ticker ticks at {}.",
        secs(UNIT),
        secs(UNIT / 2)
    );
    println!("read_line:");
    let (client, server) = duplex(64);
    let started = Instant::now();
    tokio::join!(send_in_two_halves(client), first_line_with_read_line(server, started));
    println!("next_line:");
    let (client, server) = duplex(64);
    let started = Instant::now();
    tokio::join!(send_in_two_halves(client), first_line_with_next_line(server, started));
    println!("read_line lost the \"2\": the server would do a job of 5, not 25; next_line kept it");

    section(5, "One grace period for the whole wait, or a new one every turn (paused clock)");
    let jobs = [3, 6, 9, 50];
    let grace = UNIT * 4;
    println!("Connections with jobs of {jobs:?} units; a grace period of {}.", secs(grace));
    for pinned in [true, false] {
        let (finished, took) = time_and_draw(recorder, async {
            let mut connections = JoinSet::new();
            for units in jobs {
                connections.spawn(async move {
                    do_job(units).await;
                    1
                });
            }
            let finished = if pinned {
                finished_within(&mut connections, grace).await
            } else {
                finished_within_restarting(&mut connections, grace).await
            };
            connections.shutdown().await;
            finished
        })
        .await;
        let how = if pinned { "one Sleep, pinned" } else { "sleep(grace) in the select!" };
        println!("{how}: {finished} finished, the rest cut short after {}", secs(took));
    }
    println!("In the second, each connection that ended started the grace period again.");
}
