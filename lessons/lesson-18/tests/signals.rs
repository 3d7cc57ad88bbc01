//! A real SIGTERM and a real Ctrl-C (SIGINT) sent to the lesson serving with
//! `--serve`: it stops accepting, lets the job under way finish and answers
//! it, cuts short a connection stuck past the grace period, reports, and
//! exits with success.

#![cfg(unix)]

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use timeline::lesson::Running;

/// What the lesson prints once it listens, followed by its address.
const LISTENING: &str = "listening on ";

/// Building the runtime and binding take milliseconds; this is for a slow machine.
const START_LIMIT: Duration = Duration::from_secs(10);

/// How long the lesson may take to exit after the signal: its grace period
/// is 0.8 s.
const EXIT_LIMIT: Duration = Duration::from_secs(5);

#[test]
fn sigterm_finishes_the_job_under_way_cuts_short_a_stuck_one_and_reports() {
    let mut lesson = Running::start(env!("CARGO_BIN_EXE_lesson-18"), &["--serve"]);
    let address = address(&mut lesson);
    // A job of 5 units (0.5 s), and one of 100 units that the grace period
    // (0.8 s) cannot wait for.
    let mut quick = connect(&address, "5");
    let _stuck = connect(&address, "100");
    std::thread::sleep(Duration::from_millis(150));
    let signalled = Instant::now();
    lesson.terminate();
    let status = lesson.wait_for_exit(EXIT_LIMIT);
    let took = signalled.elapsed();
    let after = lesson.rest_of_output();

    assert!(status.success(), "the lesson exited with {status} after SIGTERM:\n{after}");
    assert!(after.contains("stopped by SIGTERM"), "it should say SIGTERM stopped it:\n{after}");
    assert!(
        after.contains("1 connections finished, 1 jobs acknowledged, 1 cut short"),
        "the quick job is finished and acknowledged, the stuck one cut short:\n{after}"
    );
    assert_eq!(answer(&mut quick), "ok 5", "the job under way is answered before the exit");
    assert!(
        took >= Duration::from_millis(700),
        "it exited {took:?} after SIGTERM: too soon for a grace period of 0.8 s:\n{after}"
    );
}

#[test]
fn ctrl_c_with_idle_connections_exits_at_once_and_cuts_nothing_short() {
    let mut lesson = Running::start(env!("CARGO_BIN_EXE_lesson-18"), &["--serve"]);
    let address = address(&mut lesson);
    let _idle = connect(&address, "");
    std::thread::sleep(Duration::from_millis(100));
    let signalled = Instant::now();
    lesson.interrupt();
    let status = lesson.wait_for_exit(EXIT_LIMIT);
    let took = signalled.elapsed();
    let after = lesson.rest_of_output();

    assert!(status.success(), "the lesson exited with {status} after Ctrl-C:\n{after}");
    assert!(after.contains("stopped by Ctrl-C"), "it should say Ctrl-C stopped it:\n{after}");
    assert!(
        after.contains("1 connections finished, 0 jobs acknowledged, 0 cut short"),
        "an idle connection ends when told to stop:\n{after}"
    );
    assert!(
        took < Duration::from_millis(700),
        "it took {took:?} to exit: a connection waiting for a line must end at once, not at \
         the end of the grace period:\n{after}"
    );
}

/// A connection to the lesson that sends `line` (nothing if empty).
fn connect(address: &str, line: &str) -> TcpStream {
    let mut stream = TcpStream::connect(address).expect("could not connect to the lesson");
    if !line.is_empty() {
        stream.write_all(format!("{line}\n").as_bytes()).expect("could not send");
    }
    stream
}

/// The next line the lesson sends on `stream`.
fn answer(stream: &mut TcpStream) -> String {
    stream.set_read_timeout(Some(EXIT_LIMIT)).expect("a read time limit");
    let mut line = String::new();
    let _ = BufReader::new(stream).read_line(&mut line);
    line.trim_end().to_string()
}

/// The address the lesson listens on, from its "listening on ADDRESS: ..."
/// line.
fn address(lesson: &mut Running) -> String {
    let output = lesson.read_until(LISTENING, START_LIMIT);
    let line = output.lines().last().unwrap_or_default();
    let rest = line.split_once(LISTENING).map_or("", |(_, rest)| rest);
    rest.split(':').take(2).collect::<Vec<_>>().join(":")
}
