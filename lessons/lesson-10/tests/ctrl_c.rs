//! A real Ctrl-C (SIGINT) sent to the running lesson, during section 5: the
//! producers stop, the channel is drained, every item produced is processed,
//! and the program exits with success.

#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

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
    let mut lesson = Lesson::start();
    let before = lesson.read_until(STARTED);
    std::thread::sleep(LET_IT_RUN);
    lesson.interrupt();
    let status = lesson.wait_for_exit();
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

/// The lesson binary, running, with its output read line by line on a
/// thread of its own, so that no wait in this test can hang.
struct Lesson {
    child: Child,
    lines: Receiver<String>,
}

impl Lesson {
    fn start() -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_lesson-10"))
            .stdout(Stdio::piped())
            .spawn()
            .expect("could not start the lesson");
        let stdout = child.stdout.take().expect("stdout is piped");
        let (sender, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        Lesson { child, lines }
    }

    /// The output up to and including the first line containing `wanted`.
    fn read_until(&mut self, wanted: &str) -> String {
        let deadline = Instant::now() + START_LIMIT;
        let mut output = String::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    output.push_str(&line);
                    output.push('\n');
                    if line.contains(wanted) {
                        return output;
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    panic!("no {wanted:?} within {START_LIMIT:?}; it printed:\n{output}")
                }
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("the lesson ended without printing {wanted:?}:\n{output}")
                }
            }
        }
    }

    /// Sends SIGINT, which is what Ctrl-C in a terminal does.
    fn interrupt(&self) {
        let status = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .expect("could not run kill");
        assert!(status.success(), "kill -INT failed");
    }

    fn wait_for_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + EXIT_LIMIT;
        loop {
            if let Some(status) = self.child.try_wait().expect("could not wait for the lesson") {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "the lesson was still running {EXIT_LIMIT:?} after Ctrl-C"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Everything printed after what was read so far; call it once the
    /// lesson has exited (its output is then closed).
    fn rest_of_output(&self) -> String {
        self.lines.iter().map(|line| line + "\n").collect()
    }
}

impl Drop for Lesson {
    /// A failed test does not leave the lesson running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
