//! A real Ctrl-C (SIGINT) sent to the running lesson, during section 5: the
//! producers stop, the channel is drained, every item produced is processed,
//! and the program exits with success.

#![cfg(unix)]

use std::time::Duration;

use timeline::lesson::Running;

/// What the lesson prints once it listens for Ctrl-C.
const STARTED: &str = "press Ctrl-C to stop early";

/// Sections 1 to 4 take about a second; this is for a slow machine.
const START_LIMIT: Duration = Duration::from_secs(10);

/// Time for the producers to fill the channel, well before their own
/// deadline of 0.925 s, so that there is something to drain.
const LET_IT_RUN: Duration = Duration::from_millis(250);

/// How long the lesson may take to exit after Ctrl-C.
const EXIT_LIMIT: Duration = Duration::from_secs(5);

#[test]
fn ctrl_c_stops_the_producers_drains_the_channel_and_exits_cleanly() {
    let mut lesson = Running::start(env!("CARGO_BIN_EXE_lesson-10"), &[]);
    let before = lesson.read_until(STARTED, START_LIMIT);
    std::thread::sleep(LET_IT_RUN);
    lesson.interrupt();
    let status = lesson.wait_for_exit(EXIT_LIMIT);
    let after = lesson.rest_of_output();

    assert!(status.success(), "the lesson exited with {status} after Ctrl-C:\n{after}");
    assert!(after.contains("stopped by Ctrl-C"), "it should say Ctrl-C stopped it:\n{after}");
    let (produced, processed) = counts(&after);
    assert!(produced > 0, "the producers ran for {LET_IT_RUN:?} and put nothing:\n{after}");
    assert_eq!(produced, processed, "every item produced must be processed:\n{before}{after}");
}

/// "produced 16 items, processed 16 items: 0 lost" gives (16, 16).
fn counts(output: &str) -> (u32, u32) {
    let line = output.lines().find(|line| line.starts_with("produced "));
    let line = line.unwrap_or_else(|| panic!("no line says what was produced:\n{output}"));
    let numbers: Vec<u32> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|number| number.parse().ok())
        .collect();
    match numbers[..] {
        [produced, processed, _lost] => (produced, processed),
        _ => panic!("unexpected report: {line}"),
    }
}
